#pragma once

#include "domain/brandfit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace planner {

class Database;

// The fit editor: how well one candidate fits the brand of one campaign, a rating 0-5 (or
// none), the reasons from the short list and a note. OK saves it in the file.
class BrandFitDialog : public QDialog
{
    Q_OBJECT

public:
    BrandFitDialog(Database &database, const BrandFit &fit, const QString &candidateName,
                   const QString &campaignName, QWidget *parent = nullptr);

    BrandFit fit() const;
    QComboBox *ratingBox() const { return m_rating; }
    QCheckBox *reasonBox(BrandFit::Reason reason) const;
    QPlainTextEdit *noteEdit() const { return m_note; }

    void accept() override;

private:
    Database &m_database;
    BrandFit m_fit;
    QComboBox *m_rating;
    QList<QCheckBox *> m_reasons; // in BrandFit::allReasons() order
    QPlainTextEdit *m_note;
};

} // namespace planner
