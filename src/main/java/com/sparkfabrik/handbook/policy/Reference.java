package com.sparkfabrik.handbook.policy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An external source behind a fact, with the day someone last checked it said so, when someone
 * recorded one.
 */
public record Reference(String title, String url, Optional<LocalDate> verified) {}
