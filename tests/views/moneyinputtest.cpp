// Issue 21, money that can't be mistyped: money fields group their digits as typed in every
// language, currency defaults follow the marketer (language, last used, file's most used),
// and the candidate editor and the campaign dialog list currencies in one order.
#include "amountgrouping.h"
#include "assumptionsdialog.h"
#include "campaigneditordialog.h"
#include "channeltableeditor.h"
#include "currencydefaults.h"
#include "shortlistdelegate.h"
#include "itemmodels/shortlisttablemodel.h"
#include "storage/assumptionstore.h"
#include "storage/campaignstore.h"
#include "storage/exchangeratestore.h"
#include "storage/candidatestore.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>
#include <memory>

using namespace planner;

namespace {

class MoneyInputTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        QSettings().remove(QStringLiteral("money/lastCurrency"));
    }
    void TearDown() override
    {
        QSettings().remove(QStringLiteral("money/lastCurrency"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    static void useLocale(QLocale::Language language, QLocale::Territory territory)
    {
        QLocale::setDefault(QLocale(language, territory));
    }
};

// Types text key by key at the cursor, as a keyboard does (textEdited fires on each key).
QString typeInto(QLineEdit &field, const QString &text)
{
    field.clear();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, &field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    return field.text();
}

QLineEdit *budgetField(CampaignEditorDialog &dialog)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().contains(QStringLiteral("250")) || edit->placeholderText().contains(QStringLiteral("۲۵۰")))
            return edit;
    }
    return nullptr;
}

QComboBox *currencyBox(CampaignEditorDialog &dialog)
{
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->isEditable())
            return box;
    }
    return nullptr;
}

QStringList items(const QComboBox &box)
{
    QStringList result;
    for (int i = 0; i < box.count(); ++i)
        result << box.itemText(i);
    return result;
}

QComboBox *rowCurrency(ChannelTableEditor &editor, int row)
{
    return qobject_cast<QComboBox *>(editor.table()->cellWidget(row, ChannelTableEditor::CurrencyColumn));
}

} // namespace

TEST_F(MoneyInputTest, TheBudgetGroupsDigitsAsTypedInEveryLanguage)
{
    const struct
    {
        QLocale::Language language;
        QLocale::Territory territory;
        const char *typed;
        const char *shown;
    } cases[] = {
        {QLocale::English, QLocale::UnitedStates, "300000000", "300,000,000"},
        {QLocale::Vietnamese, QLocale::Vietnam, "300000000", "300.000.000"},
        {QLocale::Indonesian, QLocale::Indonesia, "300000000", "300.000.000"},
        {QLocale::Persian, QLocale::Iran, "۳۰۰۰۰۰۰۰۰", "۳۰۰٬۰۰۰٬۰۰۰"},
        {QLocale::Persian, QLocale::Iran, "300000000", "۳۰۰٬۰۰۰٬۰۰۰"},
        {QLocale::English, QLocale::UnitedStates, "1234.5", "1,234.5"},
        {QLocale::Vietnamese, QLocale::Vietnam, "1234,5", "1.234,5"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.typed);
        useLocale(c.language, c.territory);
        CampaignEditorDialog dialog({QStringLiteral("VND")});
        QLineEdit *budget = budgetField(dialog);
        ASSERT_TRUE(budget);
        dialog.show();
        EXPECT_EQ(typeInto(*budget, QString::fromUtf8(c.typed)), QString::fromUtf8(c.shown));
        EXPECT_EQ(budget->cursorPosition(), budget->text().size()) << "the cursor stays at the end";
    }
    // What is grouped is read back as the same amount.
    useLocale(QLocale::Persian, QLocale::Iran);
    CampaignEditorDialog dialog({QStringLiteral("VND")});
    Campaign campaign;
    campaign.name = QStringLiteral("Nowruz");
    campaign.budget = Money(0, QStringLiteral("VND"));
    dialog.setCampaign(campaign);
    typeInto(*budgetField(dialog), QStringLiteral("۳۰۰۰۰۰۰۰۰"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.campaign().budget, Money(300000000, QStringLiteral("VND")));
}

TEST_F(MoneyInputTest, RegroupingKeepsTheCursorAfterTheSameDigitAndLeavesNonAmountsAlone)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    int cursor = 4; // after "1234" in "12345"
    EXPECT_EQ(AmountGrouping::regroup(QStringLiteral("12345"), english, &cursor), QStringLiteral("12,345"));
    EXPECT_EQ(cursor, 5);
    EXPECT_EQ(AmountGrouping::regroup(QStringLiteral("-5"), english), QStringLiteral("-5"));
    EXPECT_EQ(AmountGrouping::regroup(QStringLiteral("12abc"), english), QStringLiteral("12abc"));
    EXPECT_EQ(AmountGrouping::regroup(QString(), english), QString());
    // A dot groups in Vietnamese, wherever it was typed; in English it is the decimal point,
    // however many digits follow (an exchange rate such as 0.9234).
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    EXPECT_EQ(AmountGrouping::regroup(QStringLiteral("18.0000"), vietnamese), QStringLiteral("180.000"));
    EXPECT_EQ(AmountGrouping::regroup(QStringLiteral("0.9234"), english), QStringLiteral("0.9234"));
    EXPECT_EQ(AmountGrouping::regroup(QStringLiteral("26000,5"), vietnamese), QStringLiteral("26.000,5"));
}

TEST_F(MoneyInputTest, FeesGroupAsTypedInTheCandidateEditorAndTheShortlist)
{
    useLocale(QLocale::Vietnamese, QLocale::Vietnam);
    ChannelTableEditor editor;
    editor.setChannels({Channel()});
    editor.show();
    QTableWidget *table = editor.table();
    QWidget *cell = table->itemDelegateForColumn(ChannelTableEditor::FeeColumn)
                        ->createEditor(table->viewport(), QStyleOptionViewItem(),
                                       table->model()->index(0, ChannelTableEditor::FeeColumn));
    auto *fee = qobject_cast<QLineEdit *>(cell);
    ASSERT_TRUE(fee);
    fee->show();
    EXPECT_EQ(typeInto(*fee, QStringLiteral("18000000")), QStringLiteral("18.000.000"));
    delete cell;

    ShortlistDelegate delegate;
    QStandardItemModel model(1, ShortlistTableModel::FeeColumn + 1);
    model.setData(model.index(0, ShortlistTableModel::FeeColumn), QString());
    QWidget parent;
    std::unique_ptr<QWidget> agreed(delegate.createEditor(&parent, QStyleOptionViewItem(),
                                                          model.index(0, ShortlistTableModel::FeeColumn)));
    auto *agreedFee = qobject_cast<QLineEdit *>(agreed.get());
    ASSERT_TRUE(agreedFee);
    agreedFee->show();
    EXPECT_EQ(typeInto(*agreedFee, QStringLiteral("3500000")), QStringLiteral("3.500.000"));
}

TEST_F(MoneyInputTest, ANewExchangeRateGroupsAsTyped)
{
    useLocale(QLocale::Persian, QLocale::Iran);
    Error error;
    auto database = Database::open(filePath(QStringLiteral("rates.sqlite")), Database::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    AssumptionStore assumptions(*database);
    ExchangeRateStore rates(*database);
    AssumptionsDialog dialog(&assumptions, &rates);
    dialog.show();
    QLineEdit *rate = nullptr;
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
        if (field->placeholderText() == AssumptionsDialog::tr("Units per US dollar"))
            rate = field;
    }
    ASSERT_TRUE(rate);
    EXPECT_EQ(typeInto(*rate, QStringLiteral("1050000")), QStringLiteral("۱٬۰۵۰٬۰۰۰"));
}

TEST_F(MoneyInputTest, ANewFileStartsOnTheLanguagesCurrency)
{
    const struct
    {
        QLocale::Language language;
        QLocale::Territory territory;
        const char *currency;
    } cases[] = {{QLocale::Vietnamese, QLocale::Vietnam, "VND"},
                 {QLocale::Indonesian, QLocale::Indonesia, "IDR"},
                 {QLocale::Persian, QLocale::Iran, "IRR"},
                 {QLocale::English, QLocale::UnitedStates, "USD"}};
    Error error;
    auto database = Database::open(filePath(QStringLiteral("new.sqlite")), Database::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    CurrencyDefaults::remember(QStringLiteral("EUR")); // a new file ignores the last used
    for (const auto &c : cases) {
        SCOPED_TRACE(c.currency);
        useLocale(c.language, c.territory);
        const QString expected = QString::fromLatin1(c.currency);
        EXPECT_EQ(CurrencyDefaults::preferred(database->connection()), expected);
        // The campaign dialog and a new channel row start there.
        CampaignEditorDialog dialog({QStringLiteral("EUR"), QStringLiteral("USD")});
        ASSERT_TRUE(currencyBox(dialog));
        EXPECT_EQ(currencyBox(dialog)->currentText(), expected);
        ChannelTableEditor editor;
        editor.setCurrencies({QStringLiteral("EUR")}, CurrencyDefaults::preferred(database->connection()));
        editor.setChannels({Channel()});
        EXPECT_EQ(rowCurrency(editor, 0)->currentText(), expected);
    }
}

TEST_F(MoneyInputTest, AFileWithAmountsStartsOnTheLastUsedElseItsMostUsedCurrency)
{
    useLocale(QLocale::Vietnamese, QLocale::Vietnam);
    Error error;
    auto database = Database::open(filePath(QStringLiteral("used.sqlite")), Database::OpenMode::CreateIfMissing, &error);
    ASSERT_TRUE(database) << error.text().toStdString();
    CandidateStore candidates(*database);
    for (const char *currency : {"IDR", "IDR", "USD"}) {
        Candidate candidate;
        candidate.name = QStringLiteral("Ayu");
        candidate.kind = CandidateKind::Koc;
        Channel channel;
        channel.platform = Platform::TikTok;
        channel.handle = QStringLiteral("@ayu");
        channel.followers = 5000;
        channel.fee = Money(100000, QString::fromLatin1(currency));
        candidate.channels << channel;
        ASSERT_TRUE(candidates.add(candidate));
    }
    // No last used yet: the file's most used (two IDR fees against one USD).
    EXPECT_EQ(CurrencyDefaults::preferred(database->connection()), QStringLiteral("IDR"));
    // Saving the campaign dialog remembers its currency; the next field starts there.
    CampaignEditorDialog dialog({QStringLiteral("USD")});
    Campaign campaign;
    campaign.name = QStringLiteral("Ramadan");
    campaign.budget = Money(500000000, QStringLiteral("USD"));
    dialog.setCampaign(campaign);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(CurrencyDefaults::lastUsed(), QStringLiteral("USD"));
    EXPECT_EQ(CurrencyDefaults::preferred(database->connection()), QStringLiteral("USD"));
}

TEST_F(MoneyInputTest, TheCandidateEditorAndTheCampaignDialogListCurrenciesInOneOrder)
{
    const QStringList known{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("VND"),
                            QStringLiteral("MYR"), QStringLiteral("IDR"), QStringLiteral("IRR")};
    CampaignEditorDialog dialog(known);
    ChannelTableEditor editor;
    editor.setCurrencies(known, QStringLiteral("VND"));
    editor.setChannels({Channel()});
    ASSERT_TRUE(currencyBox(dialog));
    const QStringList order{QStringLiteral("VND"), QStringLiteral("IDR"), QStringLiteral("IRR"),
                            QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("MYR")};
    EXPECT_EQ(items(*currencyBox(dialog)), order);
    EXPECT_EQ(items(*rowCurrency(editor, 0)), order);
}
