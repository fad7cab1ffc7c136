#pragma once

#include "charts/reportchartview.h"

namespace planner {

class ShortlistTableModel;

// The shortlist full size: every entry that counts, a bar each per measure (reach,
// engagements, cost, CPM, CPE), each measure on its own scale so a small candidate's bar
// shows beside a big one's, every bar labelled with its value. Follows the model's edits.
class ShortlistMeasuresView : public ReportChartView
{
    Q_OBJECT

public:
    explicit ShortlistMeasuresView(QWidget *parent = nullptr);

    void setModel(ShortlistTableModel *model);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    ShortlistTableModel *m_model = nullptr;
};

} // namespace planner
