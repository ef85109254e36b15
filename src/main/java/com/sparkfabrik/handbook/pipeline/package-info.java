/** The pipeline in one place: load, validate, read content, render, check, publish. */
package com.sparkfabrik.handbook.pipeline;
