-- Sites, buildings, floors and the revisions of each floor's plan.
-- A floor plan is imported as a whole GeoJSON document; every valid import becomes a new
-- revision and the floor's active revision. Old revisions are kept so that positions can be
-- read against the plan of their time (valid from imported_at to the next revision).

CREATE TABLE site (
    id         text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]{1,64}$'),
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE building (
    site_id    text NOT NULL REFERENCES site (id),
    id         text NOT NULL CHECK (id ~ '^[A-Za-z0-9._-]{1,64}$'),
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, id)
);

CREATE TABLE floor (
    site_id         text NOT NULL,
    building_id     text NOT NULL,
    id              text NOT NULL CHECK (id ~ '^[A-Za-z0-9._-]{1,64}$'),
    level           integer NOT NULL,
    elevation_m     double precision NOT NULL,
    name            text NOT NULL,
    active_revision integer NOT NULL,
    PRIMARY KEY (site_id, id),
    FOREIGN KEY (site_id, building_id) REFERENCES building (site_id, id)
);

CREATE TABLE floor_plan_revision (
    site_id     text NOT NULL,
    floor_id    text NOT NULL,
    revision    integer NOT NULL CHECK (revision > 0),
    document    jsonb NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    imported_by text NOT NULL,
    PRIMARY KEY (site_id, floor_id, revision),
    FOREIGN KEY (site_id, floor_id) REFERENCES floor (site_id, id)
);
