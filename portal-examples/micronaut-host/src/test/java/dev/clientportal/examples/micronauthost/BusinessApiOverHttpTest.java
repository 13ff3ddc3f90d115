package dev.clientportal.examples.micronauthost;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The business's use cases over HTTP on an in-memory H2 database. */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
class BusinessApiOverHttpTest extends BusinessApiOverHttp {
}
