#pragma once

#include "domain/tier.h"
#include "translateddialog.h"

class QTextBrowser;

namespace planner {

// Help > Guide: who the candidates are (content creator, influencer, KOL, KOC), what the
// follower tiers mean and what each campaign goal buys, in the interface's language. Each
// paragraph is its own tr() string, so it follows a live language switch and is translated
// with the rest of the program in the .ts files.
class GuideDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // The tiers' bounds the guide quotes: the open file's, as the list uses them.
    void setThresholds(const TierThresholds &thresholds);
    QString text() const;

private:
    void retranslateUi() override;
    QString kindsHtml() const;
    QString tiersHtml() const;
    QString goalsHtml() const;

    QTextBrowser *m_browser;
    TierThresholds m_thresholds;
};

} // namespace planner
