#include "savedviewsbutton.h"

#include "candidatefilterbar.h"
#include "readonlyguard.h"
#include "storage/savedviewstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QTableView>

namespace planner {

namespace {

// The columns of the candidate table follow the sort keys one for one (CandidateTableModel).
const int columnCount = static_cast<int>(CandidateSortKey::GoalFit) + 1;
const int goalFitColumn = static_cast<int>(CandidateSortKey::GoalFit);

} // namespace

SavedViewsButton::SavedViewsButton(CandidateFilterBar *filterBar, QTableView *table, QWidget *parent)
    : QToolButton(parent)
    , m_filterBar(filterBar)
    , m_table(table)
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    // Without the arrow: the filter row must still fit 1024 pixels in Persian.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &SavedViewsButton::fillMenu);
    setEnabled(false);
    retranslateUi();
}

void SavedViewsButton::setDatabase(Database *database, bool mayEdit)
{
    m_database = database;
    m_mayEdit = mayEdit;
    setEnabled(database != nullptr);
}

SavedView SavedViewsButton::currentView(const QString &name) const
{
    SavedView view;
    view.name = name.trimmed();
    view.filter = m_filterBar->filter();
    view.filter.ranges.rates = ExchangeRates(); // the file's at use, not stored
    const QHeaderView *header = m_table->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (column >= 0 && column < columnCount)
        view.sort = CandidateSort{static_cast<CandidateSortKey>(column),
                                  header->sortIndicatorOrder() == Qt::DescendingOrder};
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < goalFitColumn && !header->isSectionHidden(logical))
            view.columns << sortKeyName(static_cast<CandidateSortKey>(logical));
    }
    return view;
}

void SavedViewsButton::apply(const SavedView &view)
{
    m_filterBar->setFilter(view.filter);
    if (!view.columns.isEmpty()) {
        // The goal-fit column comes and goes with the campaign: views leave it alone.
        for (int column = 0; column < goalFitColumn; ++column) {
            const bool shown = view.columns.contains(sortKeyName(static_cast<CandidateSortKey>(column)));
            m_table->setColumnHidden(column, !shown);
        }
    }
    m_table->sortByColumn(static_cast<int>(view.sort.key),
                          view.sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    emit applied(SavedViewStore::displayName(view));
}

bool SavedViewsButton::saveAs(const QString &name)
{
    if (!m_database)
        return false;
    if (!m_mayEdit) {
        emit failed(ReadOnlyGuard::reason());
        return false;
    }
    Error error;
    if (!SavedViewStore(*m_database).save(currentView(name), &error)) {
        emit failed(error.text());
        return false;
    }
    return true;
}

void SavedViewsButton::askNameAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        window(), tr("Save View"),
        tr("Name of the view (filters, sort and columns as shown now; kept in the file):"),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveAs(name);
}

void SavedViewsButton::fillMenu()
{
    qDeleteAll(m_menu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    m_menu->clear();
    if (!m_database)
        return;
    Error error;
    const QList<SavedView> views = SavedViewStore(*m_database).all(&error);
    QMenu *remove = nullptr;
    for (const SavedView &view : views) {
        m_menu->addAction(SavedViewStore::displayName(view), this, [this, view] { apply(view); });
        if (view.seedKey.isEmpty()) {
            if (!remove)
                remove = new QMenu(tr("Delete View"), m_menu);
            const qint64 id = view.id;
            remove->addAction(view.name, this, [this, id] {
                Error fault;
                if (!SavedViewStore(*m_database).remove(id, &fault))
                    emit failed(fault.text());
            });
        }
    }
    m_menu->addSeparator();
    QAction *save = m_menu->addAction(tr("Save View…"), this, &SavedViewsButton::askNameAndSave);
    save->setObjectName(QStringLiteral("saveViewAction"));
    ReadOnlyGuard::enable(save, true, m_mayEdit);
    if (remove)
        ReadOnlyGuard::enable(m_menu->addMenu(remove), true, m_mayEdit);
    if (!error.isEmpty())
        emit failed(error.text());
}

void SavedViewsButton::retranslateUi()
{
    setText(tr("Views"));
    setToolTip(tr("Saved views: a named filter, sort and column set, kept in the file"));
}

void SavedViewsButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

} // namespace planner
