// SPDX-License-Identifier: GPL-3.0-or-later
// The project picker's rows: one workspace, grouped by client, filtered, with a Create row.
#include <QAbstractItemModelTester>
#include <QTest>

#include "app/models/ProjectPickerModel.h"

using namespace punchclock;
using Kind = ProjectPickerModel::Kind;

class TestProjectPickerModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void groupsByClientInOneWorkspace();
    void otherWorkspaceNeverListed();
    void filterIsCaseInsensitiveSubstring();
    void createRowOnlyWithoutExactMatch();
    void headersAreSkipped();

private:
    // "kind:text" per row, for whole-list comparisons.
    static QStringList rows(const ProjectPickerModel &model);
    QList<Project> m_projects;
    QList<Client> m_clients;
};

namespace {
// Row texts, written as plain (UTF-8) literals.
QStringList names(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

constexpr qint64 kA = 1; // workspace A
constexpr qint64 kB = 2; // workspace B

Project project(qint64 id, qint64 workspace, const QString &name, std::optional<qint64> client = {},
                bool active = true)
{
    Project p;
    p.id = id;
    p.workspaceId = workspace;
    p.name = name;
    p.clientId = client;
    p.color = QStringLiteral("#0b83d9");
    p.active = active;
    return p;
}
} // namespace

QStringList TestProjectPickerModel::rows(const ProjectPickerModel &model)
{
    static const char *kinds[] = {"none", "header", "project", "create"};
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(QString::fromLatin1(kinds[int(model.kindAt(r))]) + QLatin1Char(':') +
                   model.index(r, 0).data().toString());
    return out;
}

void TestProjectPickerModel::init()
{
    m_clients = {{10, kA, QStringLiteral("Globex"), false},
                 {11, kA, QStringLiteral("acme"), false},
                 {12, kB, QStringLiteral("Other Co"), false}};
    m_projects = {project(100, kA, QStringLiteral("Website"), 11),
                  project(101, kA, QStringLiteral("Mobile App"), 11),
                  project(102, kA, QStringLiteral("Reporting"), 10),
                  project(103, kA, QStringLiteral("internal")),
                  project(104, kA, QStringLiteral("Old stuff"), {}, false),
                  project(200, kB, QStringLiteral("Punchclock")),
                  project(201, kB, QStringLiteral("Web B"), 12)};
}

void TestProjectPickerModel::groupsByClientInOneWorkspace()
{
    ProjectPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjects(m_projects, m_clients);
    model.setWorkspaceId(kA);
    // Clients by name ignoring case, "No client" last; projects by name; archived ones left out.
    QCOMPARE(rows(model),
             names({"none:No project", "header:acme", "project:Mobile App", "project:Website",
                    "header:Globex", "project:Reporting", "header:No client", "project:internal"}));
    QCOMPARE(model.projectIdAt(2), 101);
    QCOMPARE(model.index(2, 0).data(ProjectPickerModel::ColorRole).toString(), QStringLiteral("#0b83d9"));
    QCOMPARE(model.index(2, 0).data(ProjectPickerModel::ClientNameRole).toString(), QStringLiteral("acme"));
    QCOMPARE(model.rowOfProject(0), 0);
    QCOMPARE(model.rowOfProject(103), 7);
    QCOMPARE(model.rowOfProject(104), -1); // archived
    QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsSelectable));
    QVERIFY(model.flags(model.index(2, 0)) & Qt::ItemIsSelectable);
}

// The 400 "Invalid project_id": an entry of workspace B was offered A's projects.
void TestProjectPickerModel::otherWorkspaceNeverListed()
{
    ProjectPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjects(m_projects, m_clients);
    model.setWorkspaceId(kB);
    QCOMPARE(rows(model), names({"none:No project", "header:Other Co", "project:Web B", "header:No client",
                                 "project:Punchclock"}));
    model.setFilterText(QStringLiteral("web"));
    QCOMPARE(rows(model), names({"header:Other Co", "project:Web B", "create:Create project \"web\"…"}));
    QCOMPARE(model.rowOfProject(100), -1); // A's Website
    model.setWorkspaceId(0);
    QCOMPARE(model.rowCount(), 0); // no workspace, no projects (and nothing to create in)
}

void TestProjectPickerModel::filterIsCaseInsensitiveSubstring()
{
    ProjectPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjects(m_projects, m_clients);
    model.setWorkspaceId(kA);
    model.setFilterText(QStringLiteral("ORT"));
    QCOMPARE(rows(model), names({"header:Globex", "project:Reporting", "create:Create project \"ORT\"…"}));
    model.setFilterText(QStringLiteral("acm")); // the client's name finds its projects
    QCOMPARE(rows(model), names({"header:acme", "project:Mobile App", "project:Website",
                                 "create:Create project \"acm\"…"}));
    model.setFilterText(QStringLiteral("zzz"));
    QCOMPARE(rows(model), names({"create:Create project \"zzz\"…"}));
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), 8);
}

void TestProjectPickerModel::createRowOnlyWithoutExactMatch()
{
    ProjectPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjects(m_projects, m_clients);
    model.setWorkspaceId(kA);
    model.setFilterText(QStringLiteral("  website "));
    QCOMPARE(rows(model), names({"header:acme", "project:Website"})); // exact, ignoring case
    model.setFilterText(QStringLiteral("old STUFF")); // archived: the server would refuse the name
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QStringLiteral("Punchclock")); // B's project: A may have one of that name
    QCOMPARE(rows(model), names({"create:Create project \"Punchclock\"…"}));
    QCOMPARE(model.createName(), QStringLiteral("Punchclock"));
    QCOMPARE(model.kindAt(0), Kind::Create);
    model.setCreateAllowed(false);
    QCOMPARE(model.rowCount(), 0);
}

void TestProjectPickerModel::headersAreSkipped()
{
    ProjectPickerModel model;
    model.setProjects(m_projects, m_clients);
    model.setWorkspaceId(kA);
    QCOMPARE(model.firstSelectableRow(), 0);
    QCOMPARE(model.nextSelectableRow(0, 1), 2);  // over "acme"
    QCOMPARE(model.nextSelectableRow(3, 1), 5);  // over "Globex"
    QCOMPARE(model.nextSelectableRow(2, -1), 0); // back over "acme"
    QCOMPARE(model.nextSelectableRow(7, 1), 7);  // the last stays
    model.setFilterText(QStringLiteral("rep"));
    QCOMPARE(model.firstSelectableRow(), 1); // past the header
}

QTEST_GUILESS_MAIN(TestProjectPickerModel)
#include "tst_projectpickermodel.moc"
