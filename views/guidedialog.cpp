#include "guidedialog.h"

#include "domain/candidatekind.h"
#include "domain/goal.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace planner {

namespace {

QString item(const QString &name, const QString &text)
{
    return QStringLiteral("<li style=\"line-height:135%\"><b>%1</b>: %2</li>").arg(name.toHtmlEscaped(), text.toHtmlEscaped());
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"line-height:135%\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

GuideDialog::GuideDialog(QWidget *parent)
    : TranslatedDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 560);
    retranslateUi();
}

void GuideDialog::setThresholds(const TierThresholds &thresholds)
{
    m_thresholds = thresholds;
    retranslateUi();
}

QString GuideDialog::text() const
{
    return m_browser->toPlainText();
}

QString GuideDialog::kindsHtml() const
{
    return heading(tr("Who is who"))
        + paragraph(tr("Every candidate is one of four kinds. The kind says what a person is good for, "
                       "not how many followers they have."))
        + QStringLiteral("<ul>")
        + item(DisplayNames::kind(CandidateKind::Creator),
               tr("makes content for its own sake and knows one niche deeply. Their audience is loyal "
                  "and their posts live long; they choose brands that fit their values."))
        + item(DisplayNames::kind(CandidateKind::Influencer),
               tr("builds a personal brand and talks with a large audience every day. Good for making "
                  "a brand known; the fee grows with the reach, and stories are gone in a day."))
        + item(DisplayNames::kind(CandidateKind::Kol),
               tr("a key opinion leader: known for expertise (a doctor, a chef, an analyst), often in "
                  "one city or country, and also on TV, radio or in print. Lends credibility; fails "
                  "when they have never used the product."))
        + item(DisplayNames::kind(CandidateKind::Koc),
               tr("a key opinion consumer: an ordinary customer with a small following that trusts "
                  "them. Cheap and convincing close to the sale, but with little reach."))
        + QStringLiteral("</ul>");
}

QString GuideDialog::tiersHtml() const
{
    const auto bound = [this](Tier tier) { return LocalFormat::count(m_thresholds.lowerBound(tier)); };
    return heading(tr("Tiers"))
        + paragraph(tr("The tier counts a channel's followers: %1 below %2, %3 from %2, %4 from %5 and "
                       "%6 from %7 followers. The bounds are assumptions you can change (Campaign menu).")
                        .arg(DisplayNames::tier(Tier::Nano), bound(Tier::Micro), DisplayNames::tier(Tier::Micro),
                             DisplayNames::tier(Tier::Macro), bound(Tier::Macro), DisplayNames::tier(Tier::Mega),
                             bound(Tier::Mega)))
        + paragraph(tr("Bigger is not always better: nano and micro accounts often win a campaign because "
                       "they fit the product and keep their audience engaged."));
}

QString GuideDialog::goalsHtml() const
{
    return heading(tr("The two goals"))
        + QStringLiteral("<ul>")
        + item(DisplayNames::goal(Goal::Awareness),
               tr("reach as many real people in the target regions as the budget buys, counted as "
                  "authentic reach and impressions. Mega and macro influencers and KOLs in the mass "
                  "media serve it."))
        + item(DisplayNames::goal(Goal::NicheTrust),
               tr("win a community through someone it already trusts, counted as authentic "
                  "engagement from candidates of the target niches. Creators, micro and nano "
                  "influencers, expert KOLs and KOCs serve it."))
        + QStringLiteral("</ul>")
        + paragraph(tr("Most brands mix both. “Compare Goals…” plans the same budget for each goal, "
                       "so you can see what one buys that the other does not."));
}

void GuideDialog::retranslateUi()
{
    setWindowTitle(tr("Guide"));
    // Taller lines: Vietnamese stacks two marks over a letter, which touched the line above.
    m_browser->setHtml(QStringLiteral("<div style=\"line-height:135%\">") + kindsHtml() + tiersHtml() + goalsHtml()
                       + QStringLiteral("</div>"));
}

} // namespace planner
