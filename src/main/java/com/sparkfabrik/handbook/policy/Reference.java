package com.sparkfabrik.handbook.policy;

import java.time.LocalDate;

/** An external source behind a fact, with the day someone last checked it said so. */
public record Reference(String title, String url, LocalDate verified) {}
