// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sandbox {

class TrackStore;

// Fills an empty store with demo data: clients, projects, tags and ~200 entries over the last
// 30 days (working hours in the user's time zone), exactly one of them running. Deterministic
// apart from "now": a fixed random seed.
class DemoSeeder
{
public:
    static void seed(TrackStore &store);
};

} // namespace sandbox
