package dev.clientportal.examples.micronauthost;

import dev.clientportal.examples.demo.BareDashboard;
import dev.clientportal.examples.micronauthost.ApiJson.DashboardJson;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bare endpoint of the wrk benchmark ({@code portal-benchmarks/wrk/hosts.sh}), only with
 * {@code portal.benchmark.bare-endpoint=true}: the dashboard's JSON over a dashboard made in memory
 * ({@link BareDashboard}), on the same blocking executor as the API's controllers but with no bearer token and no
 * data access, so that the web stack's own cost can be measured beside the real dashboard.
 */
@Controller("/bench")
@Requires(property = "portal.benchmark.bare-endpoint", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class BareEndpointController {

    @Get("/bare-endpoint")
    DashboardJson bareEndpoint() {
        return DashboardJson.of(BareDashboard.typical(LocalDate.now(ZoneOffset.UTC)));
    }
}
