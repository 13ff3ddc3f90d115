package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One rate-limit key's current window: when its first hit opened it and how many hits it has counted. */
@Entity(name = "RateLimit")
@Table(name = "cp_rate_limit")
class RateLimitEntity {

    @Id
    @Column(name = "rate_key", length = 400)
    String key;

    @Column(name = "window_start", nullable = false)
    Instant windowStart;

    @Column(name = "hits", nullable = false)
    int hits;

    protected RateLimitEntity() {
    }

    RateLimitEntity(String key, Instant windowStart, int hits) {
        this.key = key;
        this.windowStart = windowStart;
        this.hits = hits;
    }
}
