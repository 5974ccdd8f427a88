// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

#include "sandbox/SandboxServer.h"

// Starts an in-process sandbox on a free loopback port for one test.
inline std::unique_ptr<sandbox::SandboxServer> startSandbox(sandbox::SandboxServer::Options options = {})
{
    auto server = std::make_unique<sandbox::SandboxServer>(std::move(options));
    if (!server->listen(0))
        qFatal("sandbox could not listen on loopback");
    return server;
}
