// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sandbox {

class FocusStore;

// Fills an empty Focus store with demo data in the Track default workspace: ~10 tasks on the Track
// demo projects and tags, and ~60 time entries (activities and breaks) over the last two weeks.
// Deterministic apart from "now": a fixed random seed.
class FocusSeeder
{
public:
    static void seed(FocusStore &store);
};

} // namespace sandbox
