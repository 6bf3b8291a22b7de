package io.sextant.sim;

import java.util.Map;

/** The radio models of every floor of a site, by floor id. Immutable, thread-safe. */
record Radios(Map<String, UwbRadioModel> uwb, Map<String, BleRadioModel> ble) {

    Radios {
        uwb = Map.copyOf(uwb);
        ble = Map.copyOf(ble);
    }
}
