package io.sextant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.sextant.model.BleRssi;
import io.sextant.model.BleScan;
import io.sextant.model.Reading;
import io.sextant.model.UwbRange;
import io.sextant.model.UwbTdoa;

class ReadingCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T = Instant.parse("2026-11-21T10:15:02.123Z");

    @Test
    void everyKindRoundTrips() {
        for (Reading reading : new Reading[] {
                new UwbRange("t-1", "a-1", 4.213, 0.93, -88.1, T), new UwbRange("t-1", "a-2", 6.87, T),
                new UwbTdoa("t-1", 18231, "a-3", 912_345_678_901_234L, T),
                new BleRssi("b-1", "ble-room-101", -71, -59, T), new BleRssi("b-1", "r", -71, Double.NaN, T),
                new BleScan("badge-9", "bcn-2-01", -80, T) }) {
            ReadingCodec.Decoded decoded = ReadingCodec.decode(ReadingCodec.encode(reading));
            assertTrue(decoded.isOk(), decoded.error());
            assertEquals(reading.toString(), decoded.reading().toString());
        }
    }

    @Test
    void timeMayBeEpochMilliseconds() throws Exception {
        ReadingCodec.Decoded decoded = ReadingCodec.decode(JSON.readTree(
                "{\"type\":\"ble-scan\",\"tag\":\"b\",\"beacon\":\"x\",\"rssi_dbm\":-80,\"time\":" + T.toEpochMilli() + "}"));
        assertEquals(T, decoded.reading().time());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[1,2]                                                                                  | reading is not a JSON object",
            "{\"tag\":\"t\",\"anchor\":\"a\",\"range_m\":1,\"time\":0}                                 | type is missing",
            "{\"type\":\"wifi\",\"tag\":\"t\",\"time\":0}                                              | unknown type 'wifi'",
            "{\"type\":\"uwb-range\",\"anchor\":\"a\",\"range_m\":1,\"time\":0}                        | tag is missing or not a string",
            "{\"type\":\"uwb-range\",\"tag\":\"t x\",\"anchor\":\"a\",\"range_m\":1,\"time\":0}        | tag 't x' is not 1-64 of A-Z a-z 0-9 . _ : -",
            "{\"type\":\"uwb-range\",\"tag\":\"t\",\"anchor\":\"a\",\"range_m\":-1,\"time\":0}         | range_m -1.0 is outside 0.0..300.0",
            "{\"type\":\"uwb-range\",\"tag\":\"t\",\"anchor\":\"a\",\"range_m\":\"4\",\"time\":0}      | range_m is missing or not a number",
            "{\"type\":\"uwb-range\",\"tag\":\"t\",\"anchor\":\"a\",\"range_m\":4}                    | time is missing",
            "{\"type\":\"uwb-range\",\"tag\":\"t\",\"anchor\":\"a\",\"range_m\":4,\"time\":\"yesterday\"} | time 'yesterday' is not an RFC 3339 UTC timestamp",
            "{\"type\":\"uwb-tdoa\",\"tag\":\"t\",\"anchor\":\"a\",\"seq\":-3,\"arrival_ps\":1,\"time\":0} | seq must be a non-negative integer",
            "{\"type\":\"ble-rssi\",\"tag\":\"t\",\"receiver\":\"r\",\"rssi_dbm\":12,\"time\":0}       | rssi_dbm 12.0 is outside -127.0..0.0",
            "{\"type\":\"ble-rssi\",\"tag\":\"t\",\"receiver\":\"r\",\"rssi_dbm\":-60,\"tx_power_dbm\":\"x\",\"time\":0} | tx_power_dbm is not a number" })
    void badReadingsAreRejectedWithTheirReason(String json, String reason) throws Exception {
        ReadingCodec.Decoded decoded = ReadingCodec.decode(JSON.readTree(json));
        assertFalse(decoded.isOk());
        assertEquals(reason.strip(), decoded.error());
    }
}
