package io.sextant.model;

/** How a fix was computed. */
public enum Technology {
    /** UWB two-way ranging, multilateration. */
    UWB_TWR,
    /** UWB time difference of arrival, hyperbolic multilateration. */
    UWB_TDOA,
    /** BLE RSSI, path-loss ranging and weighted least squares. */
    BLE,
    /** BLE room-level: the most probable room, placed at the room's centre. */
    BLE_ROOM
}
