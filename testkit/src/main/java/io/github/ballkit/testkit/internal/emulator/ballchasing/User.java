package io.github.ballkit.testkit.internal.emulator.ballchasing;

/**
 * A ballchasing account, known by its API token.
 *
 * @param token the API token
 * @param steamId the SteamID64
 * @param name the Steam display name
 */
record User(String token, String steamId, String name) {}
