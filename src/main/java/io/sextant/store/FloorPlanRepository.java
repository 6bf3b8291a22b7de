package io.sextant.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sites, buildings, floors and floor-plan revisions in PostgreSQL. Plans are stored as the
 * imported GeoJSON text (jsonb), so a plan reads back as it was written. Blocking JDBC: call it
 * from a worker thread. Thread-safe.
 */
@ApplicationScoped
public class FloorPlanRepository {

    /** A stored site or building: id and display name. */
    public record Named(String id, String name) {
    }

    /** The active revision of one floor, with its document. */
    public record ActiveFloor(String siteId, String buildingId, String floorId, int revision, Instant importedAt,
            String document) {
    }

    /** One revision of a floor's plan, without the document. */
    public record Revision(int revision, Instant importedAt, String importedBy, boolean active) {
    }

    /** A floor plan to store as a new revision. */
    public record NewRevision(String floorId, int level, double elevationMetres, String name, String document) {
    }

    private final DataSource dataSource;

    FloorPlanRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Named> sites() {
        return query("select id, name from site order by id", List.of(), rs -> new Named(rs.getString(1), rs.getString(2)));
    }

    public List<Named> buildings(String siteId) {
        return query("select id, name from building where site_id = ? order by id", List.of(siteId),
                rs -> new Named(rs.getString(1), rs.getString(2)));
    }

    public void upsertSite(String id, String name) {
        update("insert into site (id, name) values (?, ?) on conflict (id) do update set name = excluded.name", id, name);
    }

    public void upsertBuilding(String siteId, String id, String name) {
        update("""
                insert into building (site_id, id, name) values (?, ?, ?)
                on conflict (site_id, id) do update set name = excluded.name""", siteId, id, name);
    }

    public List<ActiveFloor> activeFloors() {
        return query("""
                select f.site_id, f.building_id, f.id, r.revision, r.imported_at, r.document::text
                from floor f join floor_plan_revision r
                  on r.site_id = f.site_id and r.floor_id = f.id and r.revision = f.active_revision
                order by f.site_id, f.building_id, f.level""", List.of(),
                rs -> new ActiveFloor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)));
    }

    public List<Revision> revisions(String siteId, String floorId) {
        return query("""
                select r.revision, r.imported_at, r.imported_by, r.revision = f.active_revision
                from floor_plan_revision r join floor f on f.site_id = r.site_id and f.id = r.floor_id
                where r.site_id = ? and r.floor_id = ? order by r.revision""", List.of(siteId, floorId),
                rs -> new Revision(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getBoolean(4)));
    }

    public Optional<String> document(String siteId, String floorId, int revision) {
        return query("select document::text from floor_plan_revision where site_id = ? and floor_id = ? and revision = ?",
                List.of(siteId, floorId, revision), rs -> rs.getString(1)).stream().findFirst();
    }

    /**
     * Stores each plan as the next revision of its floor and makes it active, all in one
     * transaction: either every floor changes or none does.
     *
     * @return the new revision numbers, in the order given
     */
    public List<Integer> saveRevisions(String siteId, String buildingId, List<NewRevision> plans, String importedBy) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Integer> revisions = new ArrayList<>();
                for (NewRevision plan : plans) {
                    revisions.add(saveRevision(c, siteId, buildingId, plan, importedBy));
                }
                c.commit();
                return revisions;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing floor plans of " + siteId + "/" + buildingId + " failed: " + e.getMessage(), e);
        }
    }

    private static int saveRevision(Connection c, String siteId, String buildingId, NewRevision plan, String importedBy)
            throws SQLException {
        try (PreparedStatement floor = c.prepareStatement("""
                insert into floor (site_id, building_id, id, level, elevation_m, name, active_revision)
                values (?, ?, ?, ?, ?, ?, 0)
                on conflict (site_id, id) do update
                  set level = excluded.level, elevation_m = excluded.elevation_m, name = excluded.name""")) {
            floor.setString(1, siteId);
            floor.setString(2, buildingId);
            floor.setString(3, plan.floorId());
            floor.setInt(4, plan.level());
            floor.setDouble(5, plan.elevationMetres());
            floor.setString(6, plan.name());
            floor.executeUpdate();
        }
        int revision;
        try (PreparedStatement next = c.prepareStatement("""
                select coalesce(max(revision), 0) + 1 from floor_plan_revision where site_id = ? and floor_id = ?""")) {
            next.setString(1, siteId);
            next.setString(2, plan.floorId());
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                revision = rs.getInt(1);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("""
                insert into floor_plan_revision (site_id, floor_id, revision, document, imported_by)
                values (?, ?, ?, ?::jsonb, ?)""")) {
            insert.setString(1, siteId);
            insert.setString(2, plan.floorId());
            insert.setInt(3, revision);
            insert.setString(4, plan.document());
            insert.setString(5, importedBy);
            insert.executeUpdate();
        }
        try (PreparedStatement activate = c.prepareStatement(
                "update floor set active_revision = ? where site_id = ? and id = ?")) {
            activate.setInt(1, revision);
            activate.setString(2, siteId);
            activate.setString(3, plan.floorId());
            activate.executeUpdate();
        }
        return revision;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + e.getMessage(), e);
        }
    }
}
