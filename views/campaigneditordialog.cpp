#include "campaigneditordialog.h"
#include "todaypagefilter.h"
#include "dialogbuttons.h"
#include "formfields.h"

#include "storage/campaignvalidator.h"
#include "text/displaynames.h"
#include "text/localformat.h"
#include "amountgrouping.h"
#include "currencydefaults.h"
#include "languagepicker.h"
#include "nichechecklist.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace planner {

namespace {

// The earliest date stands for "not set", shown as the special value text.
const QDate unsetDate(2000, 1, 1);

void setupDate(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setMinimumDate(unsetDate);
    edit->setDate(unsetDate);
    new TodayPageFilter(edit, unsetDate); // an unset date's popup opens on today's month
}

// The popup calendar in the language's calendar, digits and week: Persian counts the days
// in Persian digits, starts the week on Saturday and rests on Friday.
void localiseCalendar(QDateEdit *edit)
{
    const QLocale locale;
    edit->setLocale(locale);
    edit->setCalendar(LocalFormat::calendar(locale));
    edit->setDisplayFormat(LocalFormat::dateFormat(locale));
    QCalendarWidget *popup = edit->calendarWidget();
    if (!popup)
        return;
    popup->setLocale(locale);
    popup->setCalendar(LocalFormat::calendar(locale));
    popup->setFirstDayOfWeek(locale.firstDayOfWeek());
    const QList<Qt::DayOfWeek> workdays = locale.weekdays();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QTextCharFormat format;
        format.setForeground(workdays.contains(Qt::DayOfWeek(day)) ? popup->palette().color(QPalette::Text)
                                                                   : QColor(Qt::red));
        popup->setWeekdayTextFormat(Qt::DayOfWeek(day), format);
    }
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == unsetDate ? QDate() : edit->date();
}

} // namespace

CampaignEditorDialog::CampaignEditorDialog(const QStringList &currencies, QWidget *parent)
    : TranslatedDialog(parent)
    , m_name(new QLineEdit(this))
    , m_goal(new QComboBox(this))
    , m_budget(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_unit(new QLabel(this))
    , m_niches(new NicheChecklist(this))
    , m_regions(new QLineEdit(this))
    , m_languages(new LanguagePicker(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_notes(FormFields::notesEdit(this))
    , m_error(FormFields::errorLabel(this))
    , m_form(new QFormLayout)
{
    for (Goal goal : allGoals())
        m_goal->addItem(DisplayNames::goal(goal), goalKey(goal));
    AmountGrouping::attach(m_budget);
    m_currency->setEditable(true);
    m_currency->addItems(CurrencyDefaults::ordered(currencies)); // as the candidate editor
    setupDate(m_start);
    setupDate(m_end);

    auto *money = new QHBoxLayout;
    money->addWidget(m_budget, 1);
    money->addWidget(m_currency);
    money->addWidget(m_unit);
    m_unit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // the row keeps its height
    connect(m_currency, &QComboBox::currentTextChanged, this, &CampaignEditorDialog::updateUnit);
    m_labels = FormFields::addRows(m_form, {m_name, m_goal});
    m_labels << FormFields::addRow(m_form, m_budget, money);
    m_labels << FormFields::addRows(m_form, {m_niches, m_regions, m_languages, m_start, m_end, m_notes});
    auto *buttons = DialogButtons::okCancel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 520);
    Campaign blank;
    blank.budget = Money(0, CurrencyDefaults::forLanguage(QLocale()));
    setCampaign(blank);
}

void CampaignEditorDialog::setCampaign(const Campaign &campaign)
{
    m_id = campaign.id;
    m_name->setText(campaign.name);
    m_goal->setCurrentIndex(m_goal->findData(goalKey(campaign.goal)));
    m_budget->setText(campaign.budget.minorUnits() == 0
                          ? QString()
                          : LocalFormat::editableAmount(campaign.budget));
    m_currency->setCurrentText(campaign.currency());
    m_niches->setCheckedKeys(campaign.niches);
    m_regions->setText(campaign.regions.join(QLatin1String(", ")));
    m_languages->setCodes(campaign.languages);
    m_start->setDate(campaign.startDate.isValid() ? campaign.startDate : unsetDate);
    m_end->setDate(campaign.endDate.isValid() ? campaign.endDate : unsetDate);
    m_notes->setPlainText(campaign.notes);
    m_error->hide();
    retranslateUi();
}

Campaign CampaignEditorDialog::readForm(Error *error) const
{
    Campaign campaign;
    campaign.id = m_id;
    campaign.name = m_name->text().trimmed();
    campaign.goal = goalFromKey(m_goal->currentData().toString()).value_or(Goal::Awareness);
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const QString budgetText = m_budget->text().trimmed();
    const auto budget = budgetText.isEmpty() ? std::optional<double>(0.0)
                                             : LocalFormat::parseNumber(budgetText);
    if (!budget) {
        *error = CampaignValidator::fault(QStringLiteral("budget"),
                                          tr("“%1” is not an amount of money").arg(budgetText));
    }
    campaign.budget = LocalFormat::fromDisplayAmount(budget.value_or(0.0), currency);
    campaign.niches = m_niches->checkedKeys();
    campaign.regions = FormFields::regionCodes(m_regions->text());
    campaign.languages = m_languages->codes();
    campaign.startDate = dateOf(m_start);
    campaign.endDate = dateOf(m_end);
    campaign.notes = m_notes->toPlainText();
    return campaign;
}

void CampaignEditorDialog::accept()
{
    Error error;
    const Campaign campaign = readForm(&error);
    error = FormFields::firstFault(error, CampaignValidator::validate(campaign));
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    m_result = campaign;
    CurrencyDefaults::remember(campaign.currency()); // the next money field starts there
    QDialog::accept();
}

void CampaignEditorDialog::showError(const Error &error)
{
    m_error->setText(error.text());
    m_error->show();
    const QString &key = error.fieldKey;
    if (key == QLatin1String("name")) m_name->setFocus();
    else if (key == QLatin1String("budget")) m_budget->setFocus();
    else if (key == QLatin1String("currency")) m_currency->setFocus();
    else if (key == QLatin1String("regions")) m_regions->setFocus();
    else if (key == QLatin1String("end_date")) m_end->setFocus();
}

QString CampaignEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CampaignEditorDialog::retranslateUi()
{
    setWindowTitle(m_id == 0 ? tr("New campaign") : tr("Edit campaign"));
    FormFields::setTexts(m_labels, {tr("&Name:"), tr("&Goal:"), tr("&Budget:"), tr("N&iches:"), tr("&Regions:"),
                                    tr("&Languages:"), tr("&Start:"), tr("&End:"), tr("N&otes:")});
    for (int i = 0; i < m_goal->count(); ++i)
        m_goal->setItemText(i, DisplayNames::goal(allGoals().at(i)));
    m_goal->setToolTip(tr("Awareness buys the widest authentic reach in the target regions; "
                          "niche trust buys authentic engagement from candidates of the target niches."));
    //: %1 an amount with its digits grouped, such as 250,000,000
    m_budget->setPlaceholderText(tr("Total budget, e.g. %1").arg(QLocale().toString(250000000)));
    m_currency->setToolTip(tr("Every figure of the campaign is shown in this currency; fees in "
                              "other currencies convert through the exchange-rate table."));
    m_regions->setPlaceholderText(tr("Country or province codes, e.g. VN, ID-JK, IR-23; empty means anywhere"));
    m_languages->setEmptyText(tr("Any language"));
    m_languages->setToolTip(tr("The languages the campaign's audience reads: a channel posting only in others counts less in goal fit (Assumptions)."));
    m_niches->setToolTip(tr("Niche trust counts only candidates of these niches; none checked means any niche."));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setSpecialValueText(tr("Not set"));
        // Persian dates in the Solar Hijri calendar; what is stored stays the same day.
        localiseCalendar(edit);
    }
    updateUnit();
    m_niches->retranslate();
}

void CampaignEditorDialog::updateUnit()
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const QString symbol = LocalFormat::currencySymbol(currency);
    m_unit->setText(symbol == currency ? QString() : symbol);
    m_unit->setToolTip(tr("The budget is typed in this unit"));
}

} // namespace planner
