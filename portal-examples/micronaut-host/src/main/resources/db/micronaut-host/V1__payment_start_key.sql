-- The host's own table, beside portal-jpa's (its Flyway history is mn_schema_history): the Idempotency-Key of a
-- client's payment start, per contact. The row is inserted before the payment starts, so of two requests with one
-- key only one starts it; fingerprint is the SHA-256 of the request, answer the JSON answered once it was served.
create table mn_payment_start_key (
    contact_id      varchar(36)              not null,
    idempotency_key varchar(200)             not null,
    fingerprint     varchar(64)              not null,
    answer          varchar(8000),
    claimed_at      timestamp with time zone not null,
    constraint mn_payment_start_key_pk primary key (contact_id, idempotency_key)
);
