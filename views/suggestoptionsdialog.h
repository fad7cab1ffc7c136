#pragma once

#include "domain/candidatekind.h"
#include "translateddialog.h"

#include <QMap>
#include <optional>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace planner {

// What "Suggest shortlist" and "Compare goals" must respect besides the budget: a largest
// share of the budget per candidate and at least so many candidates of a kind. Locked
// entries stay and declined ones are left out, as the shortlist says.
class SuggestOptionsDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    explicit SuggestOptionsDialog(QWidget *parent = nullptr);

    std::optional<double> maxShare() const; // 0.3 for 30%, empty when unchecked
    QMap<CandidateKind, int> minimumPerKind() const;
    void setMaxShare(std::optional<double> share);
    void setMinimum(CandidateKind kind, int count);
    // Leaves out unlocked candidates rated under it (or not rated); empty when unchecked.
    std::optional<int> minimumBrandFit() const;
    void setMinimumBrandFit(std::optional<int> rating);

private:
    void retranslateUi() override;

    QLabel *m_intro;
    QCheckBox *m_capShare;
    QSpinBox *m_share;
    QCheckBox *m_needFit;
    QSpinBox *m_fit;
    QLabel *m_conflictNote;
    QLabel *m_minimumLabel;
    QMap<CandidateKind, QSpinBox *> m_minimums;
    QMap<CandidateKind, QLabel *> m_minimumLabels;
};

} // namespace planner
