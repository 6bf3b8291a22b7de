/**
 * Known truth and what radios make of it, for the hospital simulator and the accuracy benchmarks: a tag walking the
 * routes of a site ({@link io.sextant.sim.TagWalker}), the UWB ranges and TDoA arrivals
 * ({@link io.sextant.sim.UwbRadioModel}) and the BLE RSSI ({@link io.sextant.sim.BleRadioModel}) its true positions
 * would produce, and the Cramér–Rao bound that no UWB solver can beat ({@link io.sextant.sim.CramerRaoBound}).
 * <p>
 * The hospital simulator builds on them: a {@link io.sextant.sim.Scenario} of tag groups and events, gateways that
 * batch what they hear, and outputs to JSON Lines files or an MQTT broker ({@link io.sextant.sim.SimulatorMain}).
 * <p>
 * Plain Java on {@code io.sextant.geometry} and {@code io.sextant.model}, plus Jackson for JSON; only
 * {@link io.sextant.sim.MqttOutput} uses Vert.x, for its MQTT client. Every random draw comes from a seeded
 * {@link java.util.SplittableRandom}, in an order fixed by the floor plan's lists, so a seed reproduces a run
 * exactly.
 */
package io.sextant.sim;
