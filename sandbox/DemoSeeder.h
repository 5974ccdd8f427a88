// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sandbox {

class TrackStore;

// Fills an empty store with demo data: clients, projects, tags and about 1,100 entries over the
// last six months (working hours on weekdays in the user's time zone, a few weekend hours),
// exactly one of them running. Deterministic apart from "now": a fixed random seed.
class DemoSeeder
{
public:
    static void seed(TrackStore &store);
};

} // namespace sandbox
