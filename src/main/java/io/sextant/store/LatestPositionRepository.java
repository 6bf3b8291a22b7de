package io.sextant.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.sextant.model.Fix;
import io.sextant.model.Technology;

/** Reads {@code latest_position}: every tag's last stored fix, for a warm start after a restart. */
@ApplicationScoped
public class LatestPositionRepository {

    private final DataSource dataSource;

    LatestPositionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Fix> all() {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("""
                select site_id, tag_id, time, building_id, floor_id, x, y, z, accuracy_m, technology, sources, residual, zone_ids
                from latest_position order by site_id, tag_id""");
                ResultSet rs = query.executeQuery()) {
            List<Fix> fixes = new ArrayList<>();
            while (rs.next()) {
                fixes.add(new Fix(rs.getString("tag_id"), rs.getTimestamp("time").toInstant(), rs.getString("site_id"),
                        rs.getString("building_id"), rs.getString("floor_id"), rs.getDouble("x"), rs.getDouble("y"),
                        nullable(rs, "z"), rs.getFloat("accuracy_m"),
                        Technology.valueOf(rs.getString("technology").toUpperCase(Locale.ROOT)), strings(rs.getArray("sources")),
                        nullable(rs, "residual"), strings(rs.getArray("zone_ids"))));
            }
            return fixes;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the latest positions: " + e.getMessage(), e);
        }
    }

    private static double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
