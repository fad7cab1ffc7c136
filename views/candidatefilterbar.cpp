#include "candidatefilterbar.h"

#include "rangefilterrow.h"
#include "text/displaynames.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace planner {

namespace {

void fitToCurrent(QComboBox *box);

// Sets a combo's items (text, key) keeping the selected key.
void refill(QComboBox *box, const QString &allText, const QList<QPair<QString, QString>> &items)
{
    const QString selected = box->currentData().toString();
    box->clear();
    box->addItem(allText, QString());
    for (const auto &item : items)
        box->addItem(item.first, item.second);
    const int index = box->findData(selected);
    box->setCurrentIndex(index < 0 ? 0 : index);
    fitToCurrent(box);
    // The list may be wider than the box: every choice whole when it opens.
    box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
}

// As wide as the choice on show, not the longest choice: five filters sized to their
// longest niche or region made the window wider than 1024 pixels in Persian.
void fitToCurrent(QComboBox *box)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    const QSize text(box->fontMetrics().horizontalAdvance(box->currentText()) + 8, box->fontMetrics().height());
    box->setFixedWidth(box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width());
}

QComboBox *makeBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    QObject::connect(box, &QComboBox::currentIndexChanged, box, [box] { fitToCurrent(box); });
    return box;
}

} // namespace

CandidateFilterBar::CandidateFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_kind(makeBox(this))
    , m_tier(makeBox(this))
    , m_platform(makeBox(this))
    , m_niche(makeBox(this))
    , m_region(makeBox(this))
    , m_more(new QToolButton(this))
    , m_ranges(new RangeFilterRow(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addWidget(m_ranges);
    m_ranges->setVisible(false);
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_more, &QToolButton::toggled, m_ranges, &QWidget::setVisible);
    connect(m_ranges, &RangeFilterRow::rangesChanged, this, &CandidateFilterBar::emitFilter);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (QComboBox *box : {m_kind, m_tier, m_platform, m_niche, m_region}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &CandidateFilterBar::emitFilter);
    }
    layout->addWidget(m_more);
    connect(m_search, &QLineEdit::textChanged, this, &CandidateFilterBar::emitFilter);
    retranslateUi();
}

CandidateFilter CandidateFilterBar::filter() const
{
    CandidateFilter result;
    result.search = m_search->text();
    result.kind = kindFromKey(m_kind->currentData().toString());
    result.tier = tierFromKey(m_tier->currentData().toString());
    result.platform = platformFromKey(m_platform->currentData().toString());
    result.niche = m_niche->currentData().toString();
    result.region = m_region->currentData().toString();
    result.ranges = m_ranges->ranges();
    return result;
}

void CandidateFilterBar::setChoices(const QStringList &niches, const QStringList &regions)
{
    m_niches = niches;
    m_regions = regions;
    fillChoices();
}

void CandidateFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CandidateFilterBar::clear()
{
    m_filling = true;
    m_search->clear();
    for (QComboBox *box : {m_kind, m_tier, m_platform, m_niche, m_region})
        box->setCurrentIndex(0);
    m_ranges->clear();
    m_filling = false;
    emitFilter();
}

void CandidateFilterBar::setFilter(const CandidateFilter &filter)
{
    m_filling = true;
    m_search->setText(filter.search);
    if (!filter.niche.isEmpty() && !m_niches.contains(filter.niche))
        m_niches << filter.niche;
    if (!filter.region.isEmpty() && !m_regions.contains(filter.region))
        m_regions << filter.region;
    fillChoices();
    m_filling = true;
    const std::pair<QComboBox *, QString> keys[] = {
        {m_kind, filter.kind ? kindKey(*filter.kind) : QString()},
        {m_tier, filter.tier ? tierKey(*filter.tier) : QString()},
        {m_platform, filter.platform ? platformKey(*filter.platform) : QString()},
        {m_niche, filter.niche},
        {m_region, filter.region}};
    for (const auto &[box, key] : keys)
        box->setCurrentIndex(std::max(0, box->findData(key)));
    m_ranges->setRanges(filter.ranges);
    m_more->setChecked(m_more->isChecked() || !filter.ranges.isEmpty());
    m_filling = false;
    emitFilter();
}

void CandidateFilterBar::addToRow(QWidget *widget)
{
    widget->setParent(this);
    static_cast<QBoxLayout *>(static_cast<QBoxLayout *>(layout())->itemAt(0)->layout())->addWidget(widget);
}

void CandidateFilterBar::emitFilter()
{
    updateMoreFilters();
    if (!m_filling)
        emit filterChanged(filter());
}

void CandidateFilterBar::updateMoreFilters()
{
    const int on = m_ranges->ranges().activeCount();
    //: The button that shows the range filters; %1 how many of them are on
    m_more->setText(on > 0 ? tr("More filters (%1)").arg(QLocale().toString(on)) : tr("More filters"));
    m_more->setToolTip(tr("Ranges on followers, engagement, views, fee, authenticity and the projected CPM and CPE"));
}

void CandidateFilterBar::fillChoices()
{
    m_filling = true;
    QList<QPair<QString, QString>> kinds, tiers, platforms, niches, regions;
    for (CandidateKind kind : allKinds())
        kinds.append({DisplayNames::kindPlural(kind), kindKey(kind)});
    for (Tier tier : allTiers())
        tiers.append({DisplayNames::tier(tier), tierKey(tier)});
    for (Platform platform : allPlatforms())
        platforms.append({DisplayNames::platform(platform), platformKey(platform)});
    for (const QString &niche : std::as_const(m_niches))
        niches.append({DisplayNames::niche(niche), niche});
    for (const QString &region : std::as_const(m_regions))
        regions.append({region, region});
    refill(m_kind, tr("All kinds"), kinds);
    refill(m_tier, tr("All tiers"), tiers);
    refill(m_platform, tr("All platforms"), platforms);
    refill(m_niche, tr("All niches"), niches);
    refill(m_region, tr("All regions"), regions);
    m_filling = false;
    emitFilter();
}

void CandidateFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name or handle…"));
    m_search->setToolTip(tr("Shows only candidates whose name or handle contains this text (Ctrl+F)"));
    m_kind->setToolTip(tr("Content creator, influencer, KOL or KOC"));
    m_tier->setToolTip(tr("Follower tier: nano, micro, macro or mega"));
    m_platform->setToolTip(tr("Channel platform"));
    m_niche->setToolTip(tr("Niche or topic"));
    m_region->setToolTip(tr("Region; a country also includes its provinces and cities"));
    updateMoreFilters();
    fillChoices();
}

void CandidateFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace planner
