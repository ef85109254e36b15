package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.List;
import java.util.Optional;

/** What a build produced: its diagnostics, and the policy and pages when they could be read. */
public record BuildResult(
        Diagnostics diagnostics,
        Optional<Policy> policy,
        List<RenderedPage> pages,
        boolean published) {

    public boolean ok() {
        return !diagnostics.hasErrors();
    }
}
