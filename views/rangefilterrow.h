#pragma once

#include "domain/rangefilter.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace planner {

class LanguagePicker;

// The "More filters" row under the candidate filter bar: from–to fields for followers,
// engagement rate, average views, fee (in the campaign's currency), authenticity, and the
// projected CPM and CPE for the open campaign (in its currency; off without one), read
// as the import reads values (Persian digits, "1,2 jt", "15K", "3,5 %"), a button that
// clears them all, and how many rows an unknown figure leaves out.
class RangeFilterRow : public QWidget
{
    Q_OBJECT

public:
    explicit RangeFilterRow(QWidget *parent = nullptr);

    // The bounds typed; a field that cannot be read does not bound (it says why).
    RangeFilter ranges() const;
    // The currency fees are typed and compared in, with the file's rates.
    void setFeeCurrency(const QString &currency, const ExchangeRates &rates);
    // The open campaign's projection inputs for the CPM and CPE ranges; none without a campaign.
    void setCostInputs(const std::optional<CostFilterInputs> &inputs);
    void setRanges(const RangeFilter &ranges);
    void clear();
    void setUnknownLeftOut(qint64 rows);

    // Fields in order: followers, engagement, views, fee, authenticity, CPM, CPE; min then max.
    QLineEdit *field(int figure, bool max) const;
    QPushButton *clearButton() const { return m_clear; }
    QLabel *unknownLabel() const { return m_unknown; }
    LanguagePicker *languagePicker() const { return m_languages; }

    static constexpr int figureCount = 7;

signals:
    void rangesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fieldEdited(QLineEdit *field);
    // The field's value, marking the field when it cannot be read.
    std::optional<qint64> countOf(QLineEdit *field) const;
    std::optional<double> percentOf(QLineEdit *field) const;
    std::optional<Money> feeOf(QLineEdit *field) const;
    std::optional<double> costOf(QLineEdit *field) const; // CPM or CPE, major units
    void retranslateCosts();
    QString fieldText(int figure, bool max, qint64 count, double percent, const Money *fee) const;

    QLabel *m_labels[figureCount];
    QLineEdit *m_fields[figureCount][2];
    QPushButton *m_clear;
    QLabel *m_languageLabel;
    LanguagePicker *m_languages; // channels posting in any of them
    QLabel *m_unknown;
    QString m_feeCurrency;
    ExchangeRates m_rates;
    std::optional<CostFilterInputs> m_costInputs;
    qint64 m_unknownRows = 0;
    bool m_filling = false;
};

} // namespace planner
