#pragma once

#include "translateddialog.h"
#include "planning/assumptionlearner.h"

#include <QHash>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class QUndoCommand;

namespace planner {

class AssumptionStore;
class ExchangeRateStore;

// The figures behind every projection, with where each comes from: reach rates, default
// engagement, fees and authenticity per tier, benchmark CPM, tier thresholds, and the
// exchange-rate table. A changed value is saved at once and shows in every projection.
class AssumptionsDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    AssumptionsDialog(AssumptionStore *assumptions, ExchangeRateStore *rates, QWidget *parent = nullptr);

    QTableWidget *assumptionTable() const { return m_table; }
    QTableWidget *rateTable() const { return m_rates; }
    QTabWidget *tabs() const { return m_tabs; }
    QString errorText() const;

    // Sets the value of the row showing a key, as if typed; returns whether it was saved.
    bool editAssumption(const QString &key, const QString &text);
    bool editRate(const QString &currency, const QString &text);
    bool addRate(const QString &currency, const QString &text);
    void restoreDefaults();
    // Shows the figures and rates to read only (a viewer on a team database): nothing can be
    // typed, added, restored or adopted, and a line says why.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // What the completed campaigns' results suggest, shown beside each figure; adopting one
    // goes through push (the window's undo stack), never by itself.
    void setSuggestions(const QList<LearnedEstimate> &estimates, std::function<bool(QUndoCommand *)> push);
    // Adopts the suggestion for a key, as the button does; whether it was stored.
    bool adoptSuggestion(const QString &key);

private:
    QWidget *createAssumptionPage();
    QWidget *createRatePage();
    void loadAssumptions();
    void loadRates();
    void assumptionEdited(QTableWidgetItem *item);
    void rateEdited(QTableWidgetItem *item);
    void removeSelectedRate();
    void applyFilter();
    void adoptCurrent();
    void updateAdopt();
    QString suggestionText(const LearnedEstimate &estimate) const;
    void showError(const QString &text);
    void retranslateUi() override;

    AssumptionStore *m_store;
    ExchangeRateStore *m_rateStore;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QTableWidget *m_rates;
    QLineEdit *m_newCode;
    QLineEdit *m_newRate;
    QPushButton *m_addRate;
    QPushButton *m_removeRate;
    QPushButton *m_restore;
    QPushButton *m_adopt;
    QHash<QString, LearnedEstimate> m_suggestions;
    std::function<bool(QUndoCommand *)> m_push;
    QLabel *m_rateNote;
    QLabel *m_error;
    QLabel *m_viewOnly;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace planner
