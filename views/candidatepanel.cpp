#include "candidatepanel.h"

#include "storage/candidatecounter.h"
#include "candidatefilterbar.h"
#include "rangefilterrow.h"
#include "savedviewsbutton.h"
#include "storage/candidatestore.h"
#include "storage/filterchoicesreader.h"
#include "itemmodels/candidatetablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace planner {

CandidatePanel::CandidatePanel(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new CandidateFilterBar(this))
    , m_table(new QTableView(this))
    , m_savedViews(new SavedViewsButton(m_filterBar, m_table, this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once for Compare Candidates (Ctrl- or Shift-click).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    m_filterBar->addToRow(m_savedViews);
    connect(m_savedViews, &SavedViewsButton::failed, this, &CandidatePanel::readFailed);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(CandidateTableModel::CandidateIdRole).toLongLong());
    });
}

CandidatePanel::~CandidatePanel() = default;

void CandidatePanel::setStore(CandidateStore *store)
{
    CandidateTableModel *old = m_model;
    m_store = store;
    // The counter of the old model goes after it.
    std::unique_ptr<CandidateCounter> oldCounter = std::move(m_counter);
    // In a large file, counting what a filter matches takes longer than showing the first
    // rows: the count then follows in the background, from the first rows on.
    // The rows a range leaves out for an unknown figure are always counted there: a full scan.
    if (store)
        m_counter = std::make_unique<CandidateCounter>(store->databasePath());
    // Whether large is told from the ids' span (a step down the primary key): the count itself
    // of a large file is the counter's (a scan of the whole name index).
    const bool large = store && !store->candidateCountBelow(backgroundCountFrom);
    m_model = store ? new CandidateTableModel(store, this, large ? m_counter.get() : nullptr) : nullptr;
    m_table->setModel(m_model);
    delete old;
    oldCounter.reset();
    m_choices.reset();
    if (!m_model)
        return;
    connect(m_model, &CandidateTableModel::readFailed, this, &CandidatePanel::readFailed);
    connect(m_counter.get(), &CandidateCounter::unknownLeftOutCounted, this, &CandidatePanel::showUnknownLeftOut);
    const QHeaderView *header = m_table->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (large) {
        m_choices = std::make_unique<FilterChoicesReader>(store->databasePath());
        connect(m_choices.get(), &FilterChoicesReader::read, m_filterBar, &CandidateFilterBar::setChoices);
    }
    readChoices();
    m_model->setFilter(m_filterBar->filter());
    connect(m_filterBar, &CandidateFilterBar::filterChanged, m_model, &CandidateTableModel::setFilter);
    connect(m_filterBar, &CandidateFilterBar::filterChanged, this, &CandidatePanel::countUnknownLeftOut);
    countUnknownLeftOut(m_filterBar->filter());
    connect(m_model, &CandidateTableModel::countsChanged, this, &CandidatePanel::countsChanged);
    // A change, the marketer's or a colleague's, keeps the chosen candidate and the scroll.
    connect(store, &CandidateStore::aboutToChange, this, &CandidatePanel::rememberPlace);
    connect(store, &CandidateStore::changed, this, [this] {
        readChoices();
        returnToPlace();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CandidatePanel::currentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CandidatePanel::selectionChanged);
    if (isVisible() && !m_layoutRestored)
        fitColumns();
    emit countsChanged();
    emit currentChanged();
}

void CandidatePanel::readChoices()
{
    if (m_choices)
        m_choices->request(); // a full scan of a large file: on the worker
    else
        m_filterBar->setChoices(m_store->nichesInUse(), m_store->regionsInUse());
}

void CandidatePanel::countUnknownLeftOut(const CandidateFilter &filter)
{
    // Only when a range is on: without one nothing is left out for being unknown. The count
    // runs in the counter's thread; until it comes the row shows none.
    m_unknownCounted = filter;
    m_filterBar->rangeRow()->setUnknownLeftOut(0);
    if (m_counter && !filter.ranges.isEmpty())
        m_counter->requestUnknownLeftOut(filter, m_store->tierThresholds());
}

void CandidatePanel::showUnknownLeftOut(const CandidateFilter &filter, qint64 rows)
{
    if (filter == m_unknownCounted) // else a newer filter's count is on its way
        m_filterBar->rangeRow()->setUnknownLeftOut(rows);
}

qint64 CandidatePanel::currentCandidateId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(CandidateTableModel::CandidateIdRole).toLongLong() : 0;
}

QList<CandidateRow> CandidatePanel::selectedRows() const
{
    QList<CandidateRow> rows;
    if (!m_model)
        return rows;
    QModelIndexList indexes = m_table->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end());
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (const CandidateRow *row = m_model->rowAt(index.row()))
            rows << *row;
    }
    return rows;
}

int CandidatePanel::selectedCount() const
{
    return m_model ? int(m_table->selectionModel()->selectedRows().size()) : 0;
}

void CandidatePanel::rememberPlace()
{
    m_placeCandidate = currentCandidateId();
    m_placeScroll = m_table->verticalScrollBar()->value();
}

void CandidatePanel::returnToPlace()
{
    const int row = m_placeCandidate > 0 && m_model ? m_model->rowOfCandidate(m_placeCandidate) : -1;
    if (row >= 0 && currentCandidateId() != m_placeCandidate)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->verticalScrollBar()->setValue(m_placeScroll);
}

void CandidatePanel::selectCandidate(qint64 candidateId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfCandidate(candidateId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

QByteArray CandidatePanel::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void CandidatePanel::restoreHeaderState(const QByteArray &state)
{
    m_layoutRestored = m_table->horizontalHeader()->restoreState(state);
}

void CandidatePanel::fitColumns()
{
    // Sized to what is loaded, with long names and notes kept from crowding the rest out.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18;
    for (int column = 0; column < m_table->horizontalHeader()->count(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void CandidatePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_layoutRestored && m_model && !m_fitted) {
        m_fitted = true;
        fitColumns();
    }
}

QString CandidatePanel::countsText() const
{
    if (!m_model)
        return tr("No file open");
    const qint64 candidates = m_model->candidateCount();
    const qint64 rows = m_model->matchingRowCount();
    //: Status bar, while the rows matching a filter are being counted
    const QString counting = tr("counting…");
    //: Status bar: how many candidates the open file holds, how many channel rows match the filter
    return tr("Candidates in this file: %1 · Channels shown: %2")
        .arg(candidates < 0 ? counting : QLocale().toString(candidates), rows < 0 ? counting : QLocale().toString(rows));
}

void CandidatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model) {
        m_model->retranslate();
        // Headers and words change length between languages: fit the columns to them.
        if (isVisible())
            fitColumns();
        emit countsChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace planner
