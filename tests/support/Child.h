// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtGlobal>

// A widget's child found by object name, as a user finds a control by its label: the widgets keep
// no getters only tests call. A missing child (a renamed objectName) ends the test loudly instead
// of handing it a null pointer; QVERIFY cannot be used in a function that returns a value.
template<class T> T *child(const QObject *parent, const char *name)
{
    T *found = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!found)
        qFatal("no child %s named %s", T::staticMetaObject.className(), name);
    return found;
}
