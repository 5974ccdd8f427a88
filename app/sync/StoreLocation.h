// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace punchclock {

// Where the app's LocalStore lives: GenericDataLocation/Punchclock (~/.local/share/Punchclock),
// a folder only its owner can open (0700; LocalStore makes the files 0600).
//
// Earlier versions used AppDataLocation, which doubles the folder (…/Punchclock/Punchclock)
// because the organization and the application have the same name. A database found there is
// moved on the first start, with its -wal and -shm (the -wal may hold committed changes not yet
// in the file), unless the new folder already has one: that one is in use and wins.
class StoreLocation
{
public:
    // The database path for the app (`instance`: PUNCHCLOCK_INSTANCE), its folder ready.
    static QString prepare(const QString &instance = {});
    // The same with the folders given (tests): `legacyDirectory` is where an older one may be.
    static QString prepare(const QString &directory, const QString &legacyDirectory, const QString &fileName);

    static QString directory();                       // GenericDataLocation/<application name>
    static QString legacyDirectory();                 // AppDataLocation
    static QString fileName(const QString &instance); // punchclock.sqlite, punchclock-INSTANCE.sqlite
};

} // namespace punchclock
