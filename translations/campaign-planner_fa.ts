<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AdoptAssumptionCommand</name>
    <message>
        <source>Adopt own history for %1</source>
        <extracomment>Undo menu: %1 the assumption adopted from the team&apos;s own history</extracomment>
        <translation>پذیرفتن سابقه خودمان برای %1</translation>
    </message>
</context>
<context>
    <name>AssumptionLabels</name>
    <message>
        <source>Reach rate</source>
        <translation>نرخ دسترسی</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>نرخ تعامل</translation>
    </message>
    <message>
        <source>Default fee</source>
        <translation>هزینهٔ پیش‌فرض</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>اصالت</translation>
    </message>
    <message>
        <source>Benchmark CPM</source>
        <translation>CPM مرجع</translation>
    </message>
    <message>
        <source>Weight of kind</source>
        <translation>وزن نوع</translation>
    </message>
    <message>
        <source>Tier starts at</source>
        <translation>آستانهٔ شروع سطح</translation>
    </message>
    <message>
        <source>share of followers</source>
        <translation>سهم از دنبال‌کنندگان</translation>
    </message>
    <message>
        <source>share of audience</source>
        <translation>سهم از مخاطبان</translation>
    </message>
    <message>
        <source>% real followers</source>
        <translation>٪ دنبال‌کنندگان واقعی</translation>
    </message>
    <message>
        <source>% of followers</source>
        <translation>٪ از دنبال‌کنندگان</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>دنبال‌کننده</translation>
    </message>
    <message>
        <source>Weight of brand fit</source>
        <translation>وزن تناسب با برند</translation>
    </message>
    <message>
        <source>share per star</source>
        <translation>سهم هر ستاره</translation>
    </message>
    <message>
        <source>Weight of a language mismatch</source>
        <translation>وزن ناهمخوانی زبان</translation>
    </message>
    <message>
        <source>share of goal fit</source>
        <translation>سهم از تناسب با هدف</translation>
    </message>
</context>
<context>
    <name>AssumptionLearner</name>
    <message>
        <source>own history, %1 deliveries, %2</source>
        <extracomment>The source of an assumption adopted from the team&apos;s completed campaigns. %1 how many delivered posts or videos it rests on, %2 the day it was adopted.</extracomment>
        <translation>سابقه خودمان، %1 محتوای منتشرشده، %2</translation>
    </message>
</context>
<context>
    <name>BrandFit</name>
    <message>
        <source>Uses the product</source>
        <translation>از محصول استفاده می‌کند</translation>
    </message>
    <message>
        <source>Values match the brand</source>
        <translation>ارزش‌هایش با برند هم‌خوان است</translation>
    </message>
    <message>
        <source>Audience matches</source>
        <translation>مخاطبانش هم‌خوان‌اند</translation>
    </message>
    <message>
        <source>Worked with a competitor recently</source>
        <translation>به‌تازگی با رقیب همکاری کرده</translation>
    </message>
    <message>
        <source>Past controversy</source>
        <translation>سابقهٔ جنجال</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>انحصار</translation>
    </message>
</context>
<context>
    <name>BrandFitStore</name>
    <message>
        <source>Reading the brand fit</source>
        <translation>خواندن تناسب با برند</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>تناسب با برند</translation>
    </message>
    <message>
        <source>must be from 0 to 5</source>
        <translation>باید از ۰ تا ۵ باشد</translation>
    </message>
    <message>
        <source>Saving the brand fit</source>
        <translation>ذخیرهٔ تناسب با برند</translation>
    </message>
</context>
<context>
    <name>BudgetOptimizer</name>
    <message>
        <source>The budget is negative.</source>
        <translation>بودجه منفی است.</translation>
    </message>
    <message>
        <source>The largest share of the budget per candidate must be above zero.</source>
        <translation>بیشترین سهم بودجه برای هر نامزد باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>A minimum count is negative.</source>
        <translation>یکی از حداقل تعدادها منفی است.</translation>
    </message>
    <message>
        <source>Candidate %1 has a plan with a negative cost or no value.</source>
        <translation>نامزد %1 طرحی با هزینهٔ منفی یا بدون ارزش دارد.</translation>
    </message>
    <message>
        <source>Candidate %1 is both locked and excluded.</source>
        <translation>نامزد %1 هم قفل شده و هم کنار گذاشته شده است.</translation>
    </message>
    <message>
        <source>Candidate %1 is locked to a plan it does not have.</source>
        <translation>نامزد %1 روی طرحی قفل شده است که برایش وجود ندارد.</translation>
    </message>
    <message>
        <source>The locked candidates cost more than the budget.</source>
        <translation>هزینهٔ نامزدهای قفل‌شده از بودجه بیشتر است.</translation>
    </message>
    <message>
        <source>Not enough %1 can be chosen to reach the minimum of %2.</source>
        <translation>تعداد %1 قابل انتخاب برای رسیدن به حداقل %2 کافی نیست.</translation>
    </message>
    <message>
        <source>The budget left after the locked candidates cannot pay for the minimum counts per kind.</source>
        <translation>بودجهٔ باقی‌مانده پس از کسر نامزدهای قفل‌شده برای پوشش حداقل تعداد هر نوع کافی نیست.</translation>
    </message>
</context>
<context>
    <name>CampaignValidator</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>حوزه‌ها</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>نامزد</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>محتواهای تحویلی</translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation>هزینهٔ توافق‌شده</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>نباید خالی باشد</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>نباید منفی باشد</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>باید کد سه‌حرفی ISO باشد، مانند IRR</translation>
    </message>
    <message>
        <source>“%1” may not contain the character |</source>
        <translation>«%1» نباید نویسهٔ | را داشته باشد</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>نباید پیش از تاریخ شروع باشد</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>باید مشخص شود</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>باید دست‌کم ۱ باشد</translation>
    </message>
</context>
<context>
    <name>CandidateBulkWriter</name>
    <message>
        <source>The candidates could not be saved in “%1”: %2</source>
        <translation>ذخیرهٔ نامزدها در «%1» ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>CandidateCopyWriter</name>
    <message>
        <source>The candidates could not be saved in the team database “%1”: %2</source>
        <extracomment>%1 the team database (user@host/database), %2 the server&apos;s reason</extracomment>
        <translation>ذخیرهٔ نامزدها در پایگاه دادهٔ تیم «%1» ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>CandidateExport</name>
    <message>
        <source>The candidates could not be written: %1</source>
        <translation>نوشتن نامزدها ممکن نشد: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>شناسهٔ عددی</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>دنبال‌کنندگان</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>نرخ تعامل (٪)</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>میانگین بازدید</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Authenticity (%)</source>
        <translation>اصالت (٪)</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>حوزه‌ها</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>Languages</source>
        <extracomment>Column of the languages a channel posts in (ISO 639 codes)</extracomment>
        <translation>زبان‌ها</translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>خواندن «%1» ممکن نشد: %2</translation>
    </message>
    <message>
        <source>Engagement was given as counts per post (column “%1”): each rate is that count divided by the follower count.</source>
        <translation>تعامل به صورت تعداد در هر پست آمده بود (ستون «%1»): هر نرخ تعامل از تقسیم این تعداد بر تعداد دنبال‌کنندگان به دست آمد.</translation>
    </message>
    <message>
        <source>Engagement rates written without a percent sign were shares of one (0.034): read as percentages (3.4%).</source>
        <translation>نرخ‌های تعاملی که بدون علامت درصد نوشته شده بودند کسری از یک بودند (0.034): به درصد خوانده شدند (3.4٪).</translation>
    </message>
    <message>
        <source>No column holds the follower counts: every candidate is stored with its follower count unknown (no tier; reach is projected from average views where they are known).</source>
        <translation>هیچ ستونی تعداد دنبال‌کنندگان را ندارد: همهٔ نامزدها با تعداد دنبال‌کنندهٔ نامعلوم ذخیره می‌شوند (بدون سطح؛ دسترسی، هرجا میانگین بازدید معلوم باشد، از روی آن برآورد می‌شود).</translation>
    </message>
</context>
<context>
    <name>CandidateLoader</name>
    <message>
        <source>The candidates could not be read (%1).</source>
        <translation>خواندن نامزدها ممکن نشد (%1).</translation>
    </message>
</context>
<context>
    <name>CandidateOrder</name>
    <message>
        <source>The candidates in “%1” could not be sorted: %2</source>
        <extracomment>%1 the database file, %2 SQLite&apos;s reason</extracomment>
        <translation>مرتب‌سازی نامزدهای «%1» ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>CandidateRowCursor</name>
    <message>
        <source>The candidates could not be read from “%1”: %2</source>
        <extracomment>%1 the database file, %2 SQLite&apos;s reason</extracomment>
        <translation>خواندن نامزدها از «%1» ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>CandidateStore</name>
    <message>
        <source>The candidate could not be saved.</source>
        <translation>ذخیرهٔ نامزد ممکن نشد.</translation>
    </message>
    <message>
        <source>A channel could not be saved.</source>
        <translation>ذخیرهٔ کانال ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>CandidateValidator</name>
    <message>
        <source>%1 (channel %2)</source>
        <extracomment>A field of the n-th channel of a candidate, e.g. &quot;Followers (channel 2)&quot;.</extracomment>
        <translation>‏%1 (کانال %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>کانال‌ها</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>دنبال‌کنندگان</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>نرخ تعامل</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>میانگین بازدید</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>اصالت</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>حوزه‌ها</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>نباید منفی باشد</translation>
    </message>
    <message>
        <source>must be between 0% and 100%</source>
        <translation>باید بین ۰ تا ۱۰۰ درصد باشد</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>باید کد سه‌حرفی ISO باشد، مانند IRR</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>نباید خالی باشد</translation>
    </message>
    <message>
        <source>at least one channel is needed</source>
        <translation>دست‌کم یک کانال لازم است</translation>
    </message>
    <message>
        <source>“%1” may not contain the character |</source>
        <translation>«%1» نباید نویسهٔ | را داشته باشد</translation>
    </message>
</context>
<context>
    <name>ChangedFields</name>
    <message>
        <source>the name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>the niches</source>
        <translation>حوزه‌ها (نیچ‌ها)</translation>
    </message>
    <message>
        <source>the regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>کانال‌ها</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>the languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>the dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>the deliverable</source>
        <translation>محتوای تحویلی</translation>
    </message>
    <message>
        <source>the number of deliverables</source>
        <translation>تعداد محتوا</translation>
    </message>
    <message>
        <source>the agreed fee</source>
        <translation>هزینهٔ توافق‌شده</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>the lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>What they changed: %1.</source>
        <extracomment>%1 a list such as &quot;the name and the notes&quot;</extracomment>
        <translation>آنچه تغییر داده‌اند: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>A Colleague Changed This Campaign</source>
        <translation>یکی از همکاران این کمپین را تغییر داده است</translation>
    </message>
    <message>
        <source>A Colleague Changed This Shortlist Entry</source>
        <translation>یکی از همکاران این مورد فهرست کوتاه را تغییر داده است</translation>
    </message>
    <message>
        <source>A Colleague Changed This Candidate</source>
        <translation>یکی از همکاران این نامزد را تغییر داده است</translation>
    </message>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation>بارگذاری دوبارهٔ نسخهٔ همکار</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>گیومهٔ فیلدی که از اینجا شروع می‌شود بسته نشده است</translation>
    </message>
    <message>
        <source>a quote inside a field: quote the whole field and double the quotes inside it</source>
        <translation>گیومه در میان فیلد: کل فیلد را داخل گیومه بگذارید و گیومه‌های درون آن را دوتایی کنید</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>متن اضافه پس از گیومهٔ پایانی فیلد</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>تعداد فیلدها از ستون‌های سطر عنوان بیشتر است</translation>
    </message>
    <message>
        <source>the file is not UTF-8 or UTF-16 text (save it as “CSV UTF-8” or “Unicode text”)</source>
        <translation>فایل، متن UTF-8 یا UTF-16 نیست (آن را با قالب «CSV UTF-8» یا «Unicode text» ذخیره کنید)</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>خواندن فایل ممکن نشد</translation>
    </message>
    <message>
        <source>the row on line %1 is longer than %2 characters: this is no candidate list, or a quote in it is never closed</source>
        <extracomment>%1 the line, %2 a number of characters</extracomment>
        <translation>سطر %1 بیش از %2 نویسه دارد: این فهرست نامزدها نیست، یا گیومه‌ای در آن بسته نشده است</translation>
    </message>
    <message>
        <source>the row on line %1 has more than %2 columns: this is no candidate list</source>
        <extracomment>%1 the line, %2 a number of columns</extracomment>
        <translation>سطر %1 بیش از %2 ستون دارد: این فهرست نامزدها نیست</translation>
    </message>
    <message>
        <source>the encoding chosen for the file is not one the program knows</source>
        <translation>رمزگذاری انتخاب‌شده برای فایل برای برنامه شناخته‌شده نیست</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>فایل «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be created: the folder cannot be written.</source>
        <translation>فایل «%1» ساخته نمی‌شود: امکان نوشتن در این پوشه نیست.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«%1» فایل نیست.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>فایل «%1» خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Planner database.</source>
        <translation>«%1» پایگاه داده Campaign Planner نیست.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: it is read-only.</source>
        <translation>نمی‌توان در فایل «%1» نوشت: این فایل فقط‌خواندنی است.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>فایل «%1» باز نمی‌شود: %2</translation>
    </message>
    <message>
        <source>A copy could not be saved as “%1”: %2</source>
        <translation>ذخیره نسخه‌ای با نام «%1» ممکن نشد: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Planner database, or it is damaged.</source>
        <translation>«%1» پایگاه داده Campaign Planner نیست یا آسیب دیده است.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Campaign Planner database.</source>
        <translation>«%1» پایگاه داده SQLite برنامه دیگری است، نه پایگاه داده Campaign Planner.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Campaign Planner (schema %2; this version reads up to %3). Please update the program.</source>
        <translation>«%1» با نسخه جدیدتری از Campaign Planner ذخیره شده است (طرح‌واره %2؛ این نسخه تا طرح‌واره %3 را می‌خواند). لطفاً برنامه را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to schema %2: %3</source>
        <translation>ارتقای پایگاه داده «%1» به طرح‌واره %2 ممکن نشد: %3</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to schema %2.</source>
        <translation>ارتقای پایگاه داده «%1» به طرح‌واره %2 ممکن نشد.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: its folder is read-only.</source>
        <translation>نوشتن در فایل «%1» ممکن نیست: پوشهٔ آن فقط‌خواندنی است.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it ends inside its own header (%2 bytes).</source>
        <extracomment>%2 a size in bytes</extracomment>
        <translation>«%1» آسیب دیده است: فایل در میانهٔ سرآیند خودش تمام می‌شود (%2 بایت).</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is shorter than its own header says (%2 of %3 bytes). It may have been cut off while being copied or saved.</source>
        <extracomment>%2 and %3 are sizes in bytes</extracomment>
        <translation>«%1» آسیب دیده است: از اندازه‌ای که سرآیندش می‌گوید کوتاه‌تر است (%2 از %3 بایت). شاید هنگام کپی یا ذخیره نیمه‌کاره مانده باشد.</translation>
    </message>
    <message>
        <source>Team databases cannot be opened: Qt&apos;s PostgreSQL driver (the package libqt6sql6-psql) is not installed.</source>
        <translation>پایگاه داده‌ی تیم باز نمی‌شود: راه‌انداز PostgreSQL کیوت (بسته‌ی libqt6sql6-psql) نصب نیست.</translation>
    </message>
</context>
<context>
    <name>DeliveredColumns</name>
    <message>
        <source>reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>ایمپرشن</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>fees paid</source>
        <translation>هزینهٔ پرداخت‌شده</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <source>Actual reach</source>
        <extracomment>Shortlist column: the reach the entry really had, after the campaign</extracomment>
        <translation>دسترسی واقعی</translation>
    </message>
    <message>
        <source>Actual impressions</source>
        <translation>ایمپرشن واقعی</translation>
    </message>
    <message>
        <source>Actual engagements</source>
        <translation>تعامل واقعی</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>هزینهٔ پرداختی</translation>
    </message>
    <message>
        <source>Actual CPM</source>
        <translation>CPM واقعی</translation>
    </message>
    <message>
        <source>Actual CPE</source>
        <translation>CPE واقعی</translation>
    </message>
    <message>
        <source>Actual EMV</source>
        <translation>EMV واقعی</translation>
    </message>
    <message>
        <source>What the delivered posts really did (Campaign ▸ Results), with the difference from the projection: green is better than planned, red worse</source>
        <translation>آنچه پست‌های منتشرشده واقعاً به دست آوردند (کمپین ▸ نتایج)، با اختلافشان از پیش‌بینی: سبز یعنی بهتر از برنامه، قرمز یعنی بدتر</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A delivered figure and its difference from the projection: &quot;12,400 (−8.0%)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No actual %1 entered yet</source>
        <extracomment>%1 is a measure (reach, fees paid, CPM...)</extracomment>
        <translation>هنوز %1 واقعی وارد نشده است</translation>
    </message>
    <message>
        <source>Actual %1 %2, nothing projected to compare with</source>
        <extracomment>%1 a measure, %2 its delivered figure</extracomment>
        <translation>%1 واقعی %2، پیش‌بینی‌ای برای مقایسه نیست</translation>
    </message>
    <message>
        <source>Actual %1 %2, as projected (%3)</source>
        <extracomment>%1 a measure, %2 its delivered figure, %3 the projected figure</extracomment>
        <translation>%1 واقعی %2، همان‌طور که پیش‌بینی شده بود (%3)</translation>
    </message>
    <message>
        <source>Actual %1 %2, %3 above the projected %4</source>
        <translation>%1 واقعی %2، %3 بیشتر از پیش‌بینی %4</translation>
    </message>
    <message>
        <source>Actual %1 %2, %3 below the projected %4</source>
        <translation>%1 واقعی %2، %3 کمتر از پیش‌بینی %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Delivered in %n pieces, against the projection: </source>
        <extracomment>The campaign&apos;s delivered totals: %n delivered pieces, then &quot;Actual reach 12,400 (−8.0%) · ...&quot;</extracomment>
        <translation>
            <numerusform>تحویل‌شده در %n محتوا، در برابر پیش‌بینی: </numerusform>
        </translation>
    </message>
    <message>
        <source>no figures entered yet</source>
        <translation>هنوز عددی وارد نشده است</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data is missing from the program.</source>
        <translation>داده‌های نمونه در برنامه وجود ندارند.</translation>
    </message>
    <message>
        <source>The demo candidates are already in “%1”; nothing was added.</source>
        <extracomment>%1 the database file</extracomment>
        <translation>نامزدهای نمونه از قبل در «%1» هستند؛ چیزی افزوده نشد.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Content creator</source>
        <translation>تولیدکننده محتوا</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>اینفلوئنسر</translation>
    </message>
    <message>
        <source>KOL</source>
        <extracomment>Key opinion leader</extracomment>
        <translation>رهبر افکار</translation>
    </message>
    <message>
        <source>KOC</source>
        <extracomment>Key opinion consumer</extracomment>
        <translation>مصرف‌کننده تأثیرگذار</translation>
    </message>
    <message>
        <source>Content creators</source>
        <translation>تولیدکنندگان محتوا</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>اینفلوئنسرها</translation>
    </message>
    <message>
        <source>KOLs</source>
        <extracomment>Key opinion leaders</extracomment>
        <translation>رهبران افکار</translation>
    </message>
    <message>
        <source>KOCs</source>
        <extracomment>Key opinion consumers</extracomment>
        <translation>مصرف‌کنندگان تأثیرگذار</translation>
    </message>
    <message>
        <source>Nano</source>
        <extracomment>Follower tier: up to 10,000 followers</extracomment>
        <translation>نانو</translation>
    </message>
    <message>
        <source>Micro</source>
        <extracomment>Follower tier: 10,000 to 100,000 followers</extracomment>
        <translation>میکرو</translation>
    </message>
    <message>
        <source>Macro</source>
        <extracomment>Follower tier: 100,000 to 1,000,000 followers</extracomment>
        <translation>ماکرو</translation>
    </message>
    <message>
        <source>Mega</source>
        <extracomment>Follower tier: over 1,000,000 followers</extracomment>
        <translation>مگا</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>تیک‌تاک</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>یوتیوب</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>فیسبوک</translation>
    </message>
    <message>
        <source>X</source>
        <extracomment>The social network formerly called Twitter</extracomment>
        <translation>ایکس</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>لینکدین</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>وبلاگ</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>پادکست</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>تلویزیون</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>رادیو</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Newspapers and magazines</extracomment>
        <translation>مطبوعات</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>خودرو</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>زیبایی</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>سرگرمی</translation>
    </message>
    <message>
        <source>Fashion</source>
        <translation>مد و پوشاک</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>مالی</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>تناسب اندام</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>غذا و آشپزی</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>بازی‌های ویدیویی</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>سبک زندگی</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>موسیقی</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>فرزندپروری</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>ورزش</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>فناوری</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>سفر و گردشگری</translation>
    </message>
    <message>
        <source>Awareness</source>
        <extracomment>Campaign goal: reach as many people as possible</extracomment>
        <translation>آگاهی از برند</translation>
    </message>
    <message>
        <source>Niche trust</source>
        <extracomment>Campaign goal: win the trust of a niche audience</extracomment>
        <translation>اعتماد مخاطبان خاص</translation>
    </message>
    <message>
        <source>Post</source>
        <extracomment>Deliverable: a feed post</extracomment>
        <translation>پست</translation>
    </message>
    <message>
        <source>Story</source>
        <extracomment>Deliverable: a 24-hour story</extracomment>
        <translation>استوری</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>Deliverable: a live stream</extracomment>
        <translation>لایو</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>Deliverable: an appearance on TV, radio or in print</extracomment>
        <translation>حضور رسانه‌ای</translation>
    </message>
    <message>
        <source>Prospect</source>
        <extracomment>Shortlist status: not contacted yet</extracomment>
        <translation>بالقوه</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تماس گرفته‌شده</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>در حال مذاکره</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>نپذیرفته</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Follower tier of a channel whose follower count is unknown</extracomment>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>GoalExplanation</name>
    <message>
        <source>Kind: %1, weight ×%2 (an assumption; 1 means no preference)</source>
        <extracomment>%1 candidate kind (KOL, KOC, ...), %2 number such as 1 or 1.5</extracomment>
        <translation>نوع: %1، وزن ×%2 (یک فرض؛ ۱ یعنی بدون ترجیح)</translation>
    </message>
    <message>
        <source>Region: the campaign targets every region.</source>
        <translation>منطقه: کمپین همهٔ مناطق را هدف گرفته است.</translation>
    </message>
    <message>
        <source>no region given</source>
        <translation>منطقه‌ای ثبت نشده</translation>
    </message>
    <message>
        <source>Region: %1 is within the target regions (%2).</source>
        <extracomment>%1 the candidate&apos;s regions (VN-SG), %2 the campaign&apos;s target regions (VN)</extracomment>
        <translation>منطقه: %1 در مناطق هدف (%2) است.</translation>
    </message>
    <message>
        <source>Region: %1 is outside the target regions (%2): it brings nothing to either goal.</source>
        <translation>منطقه: %1 بیرون از مناطق هدف (%2) است: برای هیچ‌یک از دو هدف چیزی به همراه ندارد.</translation>
    </message>
    <message>
        <source>Niche: the campaign targets every niche.</source>
        <translation>حوزه: کمپین همهٔ حوزه‌ها را هدف گرفته است.</translation>
    </message>
    <message>
        <source>no niche given</source>
        <translation>حوزه‌ای ثبت نشده</translation>
    </message>
    <message>
        <source>Niche: %1 matches the target niches (%2).</source>
        <extracomment>%1 the candidate&apos;s niches, %2 the campaign&apos;s target niches</extracomment>
        <translation>حوزه: %1 با حوزه‌های هدف (%2) جور است.</translation>
    </message>
    <message>
        <source>Niche: %1 is not among the target niches (%2): its engagements do not count for niche trust.</source>
        <translation>حوزه: %1 جزو حوزه‌های هدف (%2) نیست: تعامل‌هایش برای اعتماد مخاطبان خاص حساب نمی‌شود.</translation>
    </message>
    <message>
        <source>Niche: %1 is not among the target niches (%2); awareness counts reach whatever the niche.</source>
        <translation>حوزه: %1 جزو حوزه‌های هدف (%2) نیست؛ هدف آگاهی از برند دسترسی را بدون توجه به حوزه می‌شمارد.</translation>
    </message>
    <message>
        <source>%1 real people reached</source>
        <extracomment>%1 a count of people</extracomment>
        <translation>%1 نفر واقعی که به آن‌ها دسترسی می‌یابد</translation>
    </message>
    <message>
        <source>%1 authentic engagements</source>
        <extracomment>%1 a count of likes, comments and shares from real followers</extracomment>
        <translation>%1 تعامل واقعی</translation>
    </message>
    <message>
        <source>Brings nothing to this goal: it misses the brief.</source>
        <translation>برای این هدف چیزی به همراه ندارد: با بریف کمپین جور نیست.</translation>
    </message>
    <message>
        <source>authentic unique reach</source>
        <translation>دسترسی یکتای واقعی</translation>
    </message>
    <message>
        <source>engagements from real followers</source>
        <translation>تعامل از دنبال‌کنندگان واقعی</translation>
    </message>
    <message>
        <source>Brings %1 (%2).</source>
        <extracomment>%1 &quot;13,280 real people reached&quot;, %2 what the figure is</extracomment>
        <translation>%1 به همراه دارد (%2).</translation>
    </message>
    <message>
        <source>Brings %1 (%2); weighted ×%3 for the kind, it counts as %4.</source>
        <extracomment>%1 &quot;13,280 real people reached&quot;, %2 what it is, %3 kind weight, %4 weighted figure</extracomment>
        <translation>%1 به همراه دارد (%2)؛ با وزن نوع ×%3، %4 حساب می‌شود.</translation>
    </message>
    <message>
        <source>Goal fit: free, it costs nothing.</source>
        <translation>تناسب با هدف: رایگان است و هزینه‌ای ندارد.</translation>
    </message>
    <message>
        <source>Goal fit: %1 real people reached per million %2 spent</source>
        <extracomment>%1 number, %2 currency code</extracomment>
        <translation>تناسب با هدف: دسترسی به %1 نفر واقعی به ازای هر یک میلیون %2 هزینه</translation>
    </message>
    <message>
        <source>Goal fit: %1 authentic engagements per million %2 spent</source>
        <translation>تناسب با هدف: %1 تعامل واقعی به ازای هر یک میلیون %2 هزینه</translation>
    </message>
    <message>
        <source>Misses the campaign&apos;s brief: it brings nothing to this goal.</source>
        <translation>با بریف کمپین جور نیست: برای این هدف چیزی به همراه ندارد.</translation>
    </message>
    <message>
        <source>Brand fit: not rated for this campaign (counts as neutral).</source>
        <translation>تناسب با برند: برای این کمپین ارزیابی نشده (خنثی حساب می‌شود).</translation>
    </message>
    <message>
        <source>Brand fit %1 of 5: goal fit × %2 (%3), at %4 per star above or below 3.</source>
        <extracomment>%1 rating 0-5, %2 the factor goal fit is multiplied by, %3 the change as a signed percentage, %4 the weight per star</extracomment>
        <translation>تناسب با برند %1 از ۵: تناسب با هدف × %2 (%3)، %4 به ازای هر ستاره بالاتر یا پایین‌تر از ۳.</translation>
    </message>
</context>
<context>
    <name>GoalFitTable</name>
    <message>
        <source>The candidates could not be ranked by goal fit.</source>
        <translation>رتبه‌بندی نامزدها بر پایهٔ تناسب با هدف ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>No column holds the name or the handle of the candidates.</source>
        <translation>هیچ ستونی نام یا شناسهٔ نامزدها را ندارد.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(not imported)</source>
        <extracomment>An imported column the program leaves out</extracomment>
        <translation>(وارد نمی‌شود)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Candidate id (groups rows)</source>
        <extracomment>A column whose equal values mark rows as channels of one candidate</extracomment>
        <translation>کد نامزد (گروه‌بندی سطرها)</translation>
    </message>
    <message>
        <source>Profile link</source>
        <extracomment>A column of addresses of profiles (instagram.com/name): they give platform and handle</extracomment>
        <translation>لینک پروفایل</translation>
    </message>
    <message>
        <source>Languages</source>
        <extracomment>The languages a channel posts in</extracomment>
        <translation>زبان‌ها</translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>a name or a handle is needed</source>
        <translation>نام یا شناسه لازم است</translation>
    </message>
    <message>
        <source>“%1” is not a platform the program knows (%2)</source>
        <translation>«%1» جزو پلتفرم‌های شناخته‌شدهٔ برنامه نیست (%2)</translation>
    </message>
    <message>
        <source>no platform: the row, its profile link and the headers do not say one</source>
        <translation>پلتفرم معلوم نیست: نه ردیف، نه لینک پروفایل و نه سرستون‌ها آن را نمی‌گویند</translation>
    </message>
    <message>
        <source>“%1” is not a platform the program knows: read as %2</source>
        <extracomment>%1 the platform cell, %2 the platform used instead</extracomment>
        <translation>«%1» پلتفرمی نیست که برنامه بشناسد: %2 در نظر گرفته شد</translation>
    </message>
    <message>
        <source>“%1” is not a kind the program knows (%2): left as %3</source>
        <translation>«%1» نوعی نیست که برنامه بشناسد (%2): %3 ماند</translation>
    </message>
    <message>
        <source>the follower count is missing</source>
        <translation>تعداد دنبال‌کنندگان نیامده است</translation>
    </message>
    <message>
        <source>engagements per post cannot be made a rate without the followers</source>
        <translation>بدون تعداد دنبال‌کنندگان نمی‌توان از تعامل هر پست نرخ تعامل ساخت</translation>
    </message>
    <message>
        <source>“%1” is a share of one where the column&apos;s other values are percentages: read as %2%</source>
        <extracomment>%1 the cell, %2 the percentage it was read as</extracomment>
        <translation>«%1» کسری از یک است، در حالی که مقدارهای دیگر این ستون درصدند: %2٪ خوانده شد</translation>
    </message>
    <message>
        <source>“%1” is more than 1 where the column&apos;s other values are shares of one: read as %1%</source>
        <extracomment>%1 the cell, read as a percentage</extracomment>
        <translation>«%1» بیشتر از یک است، در حالی که مقدارهای دیگر این ستون کسری از یک‌اند: %1٪ خوانده شد</translation>
    </message>
    <message>
        <source>no follower count: stored as unknown</source>
        <translation>تعداد دنبال‌کننده ندارد: نامعلوم ذخیره شد</translation>
    </message>
    <message>
        <source>“%1” is not a language: left out</source>
        <extracomment>%1 the part of the cell that names no language</extracomment>
        <translation>«%1» زبان نیست: کنار گذاشته شد</translation>
    </message>
</context>
<context>
    <name>LanguageFitLine</name>
    <message>
        <source>Language: the campaign has no target languages (counts fully).</source>
        <translation>زبان: کمپین زبان هدفی ندارد (کامل حساب می‌شود).</translation>
    </message>
    <message>
        <source>Language: not known for this channel (counts fully); the campaign targets %1.</source>
        <extracomment>%1 the campaign&apos;s target languages, by name</extracomment>
        <translation>زبان: برای این کانال معلوم نیست (کامل حساب می‌شود)؛ زبان هدف کمپین %1 است.</translation>
    </message>
    <message>
        <source>Language: posts in %1, a target language of the campaign (counts fully).</source>
        <extracomment>%1 the channel&apos;s languages, by name</extracomment>
        <translation>زبان: به %1 محتوا می‌گذارد، که زبان هدف کمپین است (کامل حساب می‌شود).</translation>
    </message>
    <message>
        <source>Language: posts in %1, none of the campaign&apos;s %2: goal fit × %3 (%4), the weight of a language mismatch.</source>
        <extracomment>%1 the channel&apos;s languages, %2 the campaign&apos;s, %3 the factor goal fit is multiplied by, %4 the change as a percentage</extracomment>
        <translation>زبان: به %1 محتوا می‌گذارد، نه به %2 که زبان کمپین است: تناسب با هدف × %3 (%4)، به اندازهٔ وزن ناهمخوانی زبان.</translation>
    </message>
</context>
<context>
    <name>LocalFormat</name>
    <message>
        <source>rial</source>
        <extracomment>Symbol of the Iranian rial after an amount</extracomment>
        <translation>ریال</translation>
    </message>
    <message>
        <source>%1B</source>
        <extracomment>Compact number on charts: %1 billions (1.2B)</extracomment>
        <translation>%1 میلیارد</translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Compact number on charts: %1 millions (1.2M)</extracomment>
        <translation>%1 میلیون</translation>
    </message>
    <message>
        <source>%1K</source>
        <extracomment>Compact number on charts: %1 thousands (15K)</extracomment>
        <translation>%1 هزار</translation>
    </message>
    <message>
        <source>toman</source>
        <extracomment>Name of the Iranian toman (ten rial) after an amount</extracomment>
        <translation>تومان</translation>
    </message>
</context>
<context>
    <name>MediaPlanHtml</name>
    <message>
        <source>Media plan · %1</source>
        <extracomment>%1 campaign name: the report&apos;s title and the line under each page</extracomment>
        <translation>برنامهٔ رسانه‌ای · %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 first day, %2 last day of the campaign</extracomment>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Media plan</source>
        <translation>برنامهٔ رسانه‌ای</translation>
    </message>
    <message>
        <source>Campaign dates</source>
        <translation>تاریخ‌های کمپین</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>حوزه‌ها</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>تاریخ تهیه</translation>
    </message>
    <message>
        <source>Entries counted (declined left out)</source>
        <translation>موارد شمرده‌شده (بدون ردشده‌ها)</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>دسترسی یکتا</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Projected cost</source>
        <translation>هزینهٔ پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Left of the budget</source>
        <translation>باقی‌ماندهٔ بودجه</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>بیش از بودجه</translation>
    </message>
    <message>
        <source>Share of the budget used</source>
        <translation>سهم بودجهٔ مصرف‌شده</translation>
    </message>
    <message>
        <source>CPM (cost per thousand impressions)</source>
        <translation>CPM (هزینه به ازای هر هزار نمایش)</translation>
    </message>
    <message>
        <source>CPE (cost per engagement)</source>
        <translation>CPE (هزینه به ازای هر تعامل)</translation>
    </message>
    <message>
        <source>Earned media value (EMV)</source>
        <translation>ارزش رسانه‌ای کسب‌شده (EMV)</translation>
    </message>
    <message>
        <source>Projected totals against the budget</source>
        <translation>جمع‌های پیش‌بینی‌شده در برابر بودجه</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>%1 goal: a column of the goals table</extracomment>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Some figures rest on the tier&apos;s default rates, not on the candidates&apos; own data: see the cards and the assumptions.</source>
        <translation>برخی ارقام بر نرخ‌های پیش‌فرض سطح تکیه دارند، نه بر داده‌های خود نامزدها: کارت‌ها و فرض‌ها را ببینید.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>محتواهای تحویلی</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>دستمزد</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <source>The shortlist (%1 entries)</source>
        <extracomment>%1 number of entries</extracomment>
        <translation>فهرست کوتاه (%1 مورد)</translation>
    </message>
    <message>
        <source>%1 × %2 on %3</source>
        <extracomment>%1 count, %2 format, %3 platform: &quot;2 × Post on Instagram&quot;</extracomment>
        <translation>%1 × %2 در %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>نمودارها</translation>
    </message>
    <message>
        <source>This shortlist, for %1</source>
        <translation>این فهرست کوتاه، برای %1</translation>
    </message>
    <message>
        <source>Suggested for %1</source>
        <translation>پیشنهادی برای %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>People by kind</source>
        <translation>تعداد افراد بر پایهٔ نوع</translation>
    </message>
    <message>
        <source>The same budget for the other goal</source>
        <translation>همین بودجه برای هدف دیگر</translation>
    </message>
    <message>
        <source>The budget of %1 planned for each goal; the plan for %2 is the one the planner suggests, with locked and declined entries kept.</source>
        <translation>بودجهٔ %1 برای هر هدف برنامه‌ریزی شده است؛ برنامهٔ %2 همان پیشنهاد برنامه‌ریز است و موارد قفل‌شده و ردشده در آن می‌مانند.</translation>
    </message>
    <message>
        <source>The candidates</source>
        <translation>نامزدها</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 دنبال‌کننده</translation>
    </message>
    <message>
        <source>engagement rate %1</source>
        <translation>نرخ تعامل %1</translation>
    </message>
    <message>
        <source>authenticity %1</source>
        <translation>اصالت %1</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>دستمزد %1</translation>
    </message>
    <message>
        <source>fee unknown</source>
        <translation>دستمزد نامعلوم</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>یادداشت: %1</translation>
    </message>
    <message>
        <source>Ranks %1 of %2 on the shortlist by goal fit.</source>
        <extracomment>%1 rank, %2 number of entries: &quot;ranks 3 of 12 on the shortlist by goal fit&quot;</extracomment>
        <translation>رتبهٔ %1 از %2 در فهرست کوتاه بر پایهٔ تناسب با هدف.</translation>
    </message>
    <message>
        <source>Not ranked: declined, outside the brief or of unknown cost.</source>
        <translation>بدون رتبه: ردشده، بیرون از شرح کار یا با هزینهٔ نامعلوم.</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>فرض</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Assumptions and their sources</source>
        <translation>فرض‌ها و منبع‌هایشان</translation>
    </message>
    <message>
        <source>Every projection rests on these figures; the marketer can change them under Campaign &gt; Assumptions.</source>
        <translation>همهٔ پیش‌بینی‌ها بر این ارقام تکیه دارند؛ بازاریاب می‌تواند آن‌ها را در کمپین &gt; فرض‌ها تغییر دهد.</translation>
    </message>
    <message>
        <source>followers unknown</source>
        <translation>تعداد دنبال‌کننده نامعلوم</translation>
    </message>
    <message>
        <source>Brand fit: %1 of 5 (%2)</source>
        <extracomment>%1 rating 0-5, %2 the marketer&apos;s reasons: a candidate&apos;s card in the report</extracomment>
        <translation>تناسب با برند: %1 از ۵ (%2)</translation>
    </message>
    <message>
        <source>Brand fit: %1 of 5</source>
        <extracomment>%1 rating 0-5</extracomment>
        <translation>تناسب با برند: %1 از ۵</translation>
    </message>
    <message>
        <source>Brand fit, not rated: %1</source>
        <extracomment>%1 the marketer&apos;s reasons</extracomment>
        <translation>تناسب با برند، بدون امتیاز: %1</translation>
    </message>
    <message>
        <source>Brand fit note: %1</source>
        <translation>یادداشت تناسب با برند: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the client-facing title the marketer gave, %2 campaign name: the line under each page</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>برنامه در برابر نتیجهٔ واقعی</translation>
    </message>
    <message>
        <source>Actual (difference)</source>
        <translation>واقعی (اختلاف)</translation>
    </message>
    <message>
        <source>Results entered so far (delivered pieces: %1); the campaign is not marked completed yet.</source>
        <extracomment>%1 how many delivered posts or videos have results</extracomment>
        <translation>نتایجی که تا اینجا وارد شده (محتوای منتشرشده: %1)؛ کمپین هنوز پایان‌یافته علامت نخورده است.</translation>
    </message>
    <message>
        <source>The campaign was completed on %1. Delivered pieces with results: %2.</source>
        <extracomment>%1 the day the campaign was marked completed, %2 how many delivered posts or videos have results</extracomment>
        <translation>کمپین در %1 به پایان رسید. محتوای منتشرشده‌ای که نتیجه دارد: %2.</translation>
    </message>
</context>
<context>
    <name>MediaPlanPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 page number, %2 number of pages</extracomment>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 report title, %2 date it was written: the line at the foot of each page</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MediaPlanReport</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <extracomment>%1 file name, %2 the system&apos;s reason</extracomment>
        <translation>گزارش در %1 نوشته نشد: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Campaign Planner</source>
        <translation>Campaign Planner</translation>
    </message>
</context>
<context>
    <name>RankingRows</name>
    <message>
        <source>The candidates could not be read for ranking.</source>
        <translation>خواندن نامزدها برای رتبه‌بندی ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Unique reach</source>
        <translation>دسترسی یکتا</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <extracomment>%1 currency code</extracomment>
        <translation>هزینه (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>The shortlist, measure by measure: the %1 costliest of %2 entries</source>
        <extracomment>%1 and %2 counts: the chart shows the costliest %1 of %2 entries</extracomment>
        <translation>فهرست کوتاه، سنجه به سنجه: %1 مورد پرهزینه‌تر از %2 مورد</translation>
    </message>
    <message>
        <source>The shortlist, measure by measure</source>
        <translation>فهرست کوتاه، سنجه به سنجه</translation>
    </message>
    <message>
        <source>Cost by kind of person (%1)</source>
        <extracomment>%1 currency code</extracomment>
        <translation>هزینه بر پایهٔ نوع افراد (%1)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Where the budget goes</source>
        <translation>بودجه کجا خرج می‌شود</translation>
    </message>
    <message>
        <source>People by kind</source>
        <translation>تعداد افراد بر پایهٔ نوع</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 kind of person (plural), %2 goal: a bar of the goals chart</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The same budget for each goal</source>
        <translation>همین بودجه برای هر هدف</translation>
    </message>
    <message>
        <source>CPM (%1)</source>
        <extracomment>%1 currency code: cost per thousand impressions</extracomment>
        <translation>CPM به %1</translation>
    </message>
    <message>
        <source>CPE (%1)</source>
        <extracomment>%1 currency code: cost per engagement</extracomment>
        <translation>CPE به %1</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>No column holds the name or the handle of the candidates.</source>
        <translation>هیچ ستونی نام یا شناسهٔ نامزدها را ندارد.</translation>
    </message>
    <message>
        <source>No column holds the date of the posts.</source>
        <translation>هیچ ستونی تاریخ پست‌ها را ندارد.</translation>
    </message>
    <message>
        <source>No column holds a result (reach, impressions, views, likes, comments, shares, saves, clicks or the fee paid).</source>
        <translation>هیچ ستونی نتیجه‌ای ندارد (دسترسی، ایمپرشن، بازدید، لایک، کامنت، اشتراک‌گذاری، ذخیره، کلیک یا هزینه پرداخت‌شده).</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>نادیده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>ایمپرشن</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>لایک</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>کامنت</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>اشتراک‌گذاری</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>کلیک</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>هزینه پرداخت‌شده</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
</context>
<context>
    <name>ResultCommand</name>
    <message>
        <source>Add Result</source>
        <translation>افزودن نتیجه</translation>
    </message>
    <message>
        <source>Remove Result</source>
        <translation>حذف نتیجه</translation>
    </message>
    <message>
        <source>Edit Result</source>
        <translation>ویرایش نتیجه</translation>
    </message>
    <message>
        <source>Mark Campaign Completed</source>
        <translation>علامت‌گذاری کمپین به‌عنوان پایان‌یافته</translation>
    </message>
    <message>
        <source>Reopen Campaign</source>
        <translation>بازگشایی کمپین</translation>
    </message>
</context>
<context>
    <name>ResultImport</name>
    <message>
        <source>a name or a handle is needed</source>
        <translation>نام یا نام کاربری لازم است</translation>
    </message>
    <message>
        <source>“%1” is not on the shortlist of “%2”</source>
        <extracomment>%1 a name or handle of the imported row, %2 the campaign&apos;s name</extracomment>
        <translation>«%1» در فهرست کوتاه «%2» نیست</translation>
    </message>
    <message>
        <source>“%1” is on the shortlist of “%2”, but not with this platform and format</source>
        <translation>«%1» در فهرست کوتاه «%2» هست، اما نه با این پلتفرم و قالب</translation>
    </message>
    <message>
        <source>“%1” is on the shortlist more than once: a platform and a format column say which entry</source>
        <translation>«%1» بیش از یک بار در فهرست کوتاه است: ستون پلتفرم و قالب مشخص می‌کند کدام ردیف</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>تاریخ لازم است</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 2026-03-14 or 14/03/2026)</source>
        <translation>«%1» تاریخ نیست (به شکل 2026-03-14 یا 1405/01/15 بنویسید)</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>%1 changed this on %2, after you opened it. Your change was not saved, so that theirs is not lost: reload to see their version, then make your change again.</source>
        <extracomment>%1 a colleague&apos;s user name, %2 a date and time</extracomment>
        <translation>%1 این را در %2 تغییر داد، پس از آنکه شما آن را باز کرده بودید. تغییر شما ذخیره نشد تا تغییر او از بین نرود: دوباره بارگذاری کنید تا نسخهٔ او را ببینید، سپس تغییر خود را دوباره انجام دهید.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>یکی از همکاران</translation>
    </message>
    <message>
        <source>%1 changed this after you opened it. Your change was not saved, so that theirs is not lost: reload to see their version, then make your change again.</source>
        <extracomment>%1 a colleague&apos;s user name (or &quot;A colleague&quot;)</extracomment>
        <translation>%1 این را پس از آنکه شما آن را باز کرده بودید تغییر داد. تغییر شما ذخیره نشد تا تغییر او از بین نرود: دوباره بارگذاری کنید تا نسخهٔ او را ببینید، سپس تغییر خود را دوباره انجام دهید.</translation>
    </message>
</context>
<context>
    <name>SaveMessages</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <extracomment>%1 the file, %2 the system&apos;s reason</extracomment>
        <translation>نوشتن «%1» ممکن نشد: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation>خروجی‌گیری لغو شد؛ «%1» بدون تغییر ماند.</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>The saved view names an unknown kind, tier or platform, or a bound that is not a number.</source>
        <translation>نمای ذخیره‌شده نوع، رده یا سکوی ناشناخته یا حدی دارد که عدد نیست.</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Reading the saved views</source>
        <translation>خواندن نماهای ذخیره‌شده</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>نمای ذخیره‌شدهٔ «%1» خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>unknown sort column</source>
        <translation>ستون مرتب‌سازی ناشناخته</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>نمای ذخیره‌شده به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>Saving the view “%1”</source>
        <translation>ذخیرهٔ نمای «%1»</translation>
    </message>
    <message>
        <source>Deleting a saved view</source>
        <translation>حذف نمای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Nano and micro, engagement %1 or more</source>
        <extracomment>A saved view that comes with new files; %1 a percentage (3%)</extracomment>
        <translation>نانو و میکرو، تعامل %1 یا بیشتر</translation>
    </message>
    <message>
        <source>At least %1 real followers</source>
        <extracomment>A saved view that comes with new files; %1 a percentage (80%)</extracomment>
        <translation>دست‌کم %1 دنبال‌کنندهٔ واقعی</translation>
    </message>
    <message>
        <source>Best goal fit first</source>
        <translation>بهترین تناسب با هدف در ابتدا</translation>
    </message>
    <message>
        <source>Macro and mega, largest first</source>
        <translation>ماکرو و مگا، بزرگ‌ترین در ابتدا</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a team database address: %2</source>
        <translation>«%1» نشانی پایگاه داده‌ی تیم نیست: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>آن را به شکل postgresql://user@host:port/database بنویسید</translation>
    </message>
    <message>
        <source>it holds a password; keep the password in ~/.pgpass (or PGPASSFILE) instead</source>
        <translation>رمز عبور در آن آمده است؛ رمز را در ‎~/.pgpass (یا PGPASSFILE) نگه دارید</translation>
    </message>
    <message>
        <source>the setting “%1” cannot be used</source>
        <translation>تنظیم «%1» را نمی‌توان به کار برد</translation>
    </message>
</context>
<context>
    <name>ServerFault</name>
    <message>
        <source>The team database “%1” cannot be reached: no server answers at %2. Check the server&apos;s name and port, and that it is running. (%3)</source>
        <translation>به پایگاه داده‌ی تیم «%1» دسترسی نیست: هیچ سروری در %2 پاسخ نمی‌دهد. نام و درگاه (پورت) سرور را بررسی کنید و مطمئن شوید سرور روشن است. (%3)</translation>
    </message>
    <message>
        <source>The server of the team database “%1” did not let %2 in: the user name or the password is wrong, or this user may not connect. (%3)</source>
        <translation>سرورِ پایگاه داده‌ی تیم «%1» به %2 اجازهٔ ورود نداد: نام کاربری یا گذرواژه نادرست است، یا این کاربر اجازهٔ اتصال ندارد. (%3)</translation>
    </message>
    <message>
        <source>The server of the team database “%1” asks for %2&apos;s password, and none was found (~/.pgpass, PGPASSFILE or PGSERVICE). (%3)</source>
        <translation>سرورِ پایگاه داده‌ی تیم «%1» گذرواژهٔ %2 را می‌خواهد و هیچ گذرواژه‌ای پیدا نشد (⁦~/.pgpass⁩، PGPASSFILE یا PGSERVICE). (%3)</translation>
    </message>
    <message>
        <source>The team database “%1” is not there: the server has no database named “%2”. Check the name, or ask whoever runs the server to create it. (%3)</source>
        <translation>پایگاه داده‌ی تیم «%1» وجود ندارد: سرور پایگاه داده‌ای به نام «%2» ندارد. نام را بررسی کنید یا از مسئول سرور بخواهید آن را بسازد. (%3)</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to the team database “%1” at %2 could not be set up: check the TLS setting. (%3)</source>
        <translation>اتصال امن (TLS) به پایگاه داده‌ی تیم «%1» در %2 برقرار نشد: تنظیم TLS را بررسی کنید. (%3)</translation>
    </message>
    <message>
        <source>The team database “%1” cannot be reached at %2: %3</source>
        <translation>به پایگاه داده‌ی تیم «%1» در %2 دسترسی نیست: %3</translation>
    </message>
    <message>
        <source>%1: %2 may only view the team database “%3”, not change it. Ask whoever runs it to make %2 a planner. (%4)</source>
        <extracomment>%1 what could not be done (&quot;The candidate could not be saved&quot;), %2 a user name, %3 the team database&apos;s address, %4 the server&apos;s own words</extracomment>
        <translation>%1: %2 فقط اجازهٔ دیدن پایگاه داده‌ی تیم «%3» را دارد، نه تغییر آن. از مسئول آن بخواهید %2 را برنامه‌ریز کند. (%4)</translation>
    </message>
</context>
<context>
    <name>ShortlistExport</name>
    <message>
        <source>The shortlist could not be written: %1</source>
        <translation>نوشتن فهرست کوتاه ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Candidate ID</source>
        <translation>شناسهٔ نامزد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>تعداد محتوا</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>دسترسی یکتا</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینهٔ کل</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>واحد پول هزینه</translation>
    </message>
    <message>
        <source>Fee source</source>
        <translation>منبع هزینه</translation>
    </message>
    <message>
        <source>Rests on defaults</source>
        <translation>متکی بر پیش‌فرض‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>تناسب با برند</translation>
    </message>
    <message>
        <source>Brand fit reasons</source>
        <translation>دلایل تناسب با برند</translation>
    </message>
</context>
<context>
    <name>ShortlistSuggester</name>
    <message>
        <source>Candidate %1 cannot be kept on the shortlist: there is no such candidate.</source>
        <translation>نامزد %1 را نمی‌توان در فهرست کوتاه نگه داشت: چنین نامزدی وجود ندارد.</translation>
    </message>
    <message>
        <source>The suggestion was cancelled; the shortlist stays as it was.</source>
        <translation>پیشنهاد لغو شد؛ فهرست کوتاه بدون تغییر ماند.</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>“%1” cannot name a role: use lowercase letters, digits and _ (at most 63, not starting with a digit).</source>
        <translation>«%1» نمی‌تواند نام نقش باشد: از حروف کوچک لاتین، رقم و _ استفاده کنید (حداکثر ۶۳ نویسه، بدون رقم در آغاز).</translation>
    </message>
    <message>
        <source>The planner role and the viewer role must have different names.</source>
        <translation>نقش برنامه‌ریز و نقش بیننده باید نام‌های متفاوتی داشته باشند.</translation>
    </message>
    <message>
        <source>The server has no login role “%1”: create it first (CREATE ROLE … LOGIN), then run this again.</source>
        <translation>سرور نقش ورودی به نام «%1» ندارد: اول آن را بسازید (CREATE ROLE … LOGIN) و دوباره اجرا کنید.</translation>
    </message>
    <message>
        <source>The user “%1” does not own the campaign database&apos;s tables, so it cannot grant them: run this as their owner (or a superuser).</source>
        <translation>کاربر «%1» مالک جدول‌های پایگاه دادهٔ کمپین نیست و نمی‌تواند دسترسی به آن‌ها را واگذار کند: این کار را با مالک آن‌ها (یا یک ابرکاربر) انجام دهید.</translation>
    </message>
    <message>
        <source>The user “%1” may not create roles or grant membership on this server: run this as a user with the CREATEROLE right (or a superuser).</source>
        <translation>کاربر «%1» اجازهٔ ساختن نقش یا دادن عضویت را روی این سرور ندارد: این کار را با کاربری که حق CREATEROLE دارد (یا یک ابرکاربر) انجام دهید.</translation>
    </message>
    <message>
        <source>Roles exist only on a team database: give one as postgresql://user@host:port/dbname.</source>
        <translation>نقش‌ها فقط روی پایگاه داده‌ی تیم وجود دارند: نشانی آن را به شکل ⁦postgresql://user@host:port/dbname⁩ بدهید.</translation>
    </message>
    <message>
        <source>The roles could not be set up</source>
        <translation>نقش‌ها راه‌اندازی نشدند</translation>
    </message>
</context>
<context>
    <name>TeamTransfer</name>
    <message>
        <source>Nothing was copied: the target is left as it was</source>
        <translation>چیزی رونوشت نشد: مقصد همان‌طور که بود ماند</translation>
    </message>
    <message>
        <source>%1 already holds candidates or campaigns; copy only into an empty campaign database (nothing was changed)</source>
        <translation>%1 از پیش نامزد یا کمپین دارد؛ فقط در پایگاه داده‌ی کمپینِ خالی رونوشت کنید (چیزی تغییر نکرد)</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>“%1”</source>
        <extracomment>A value quoted in a message, e.g. “12abc”</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>‏%1 عدد نیست</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>‏%1 عدد صحیح نیست</translation>
    </message>
    <message>
        <source>%1 is not a percentage</source>
        <translation>‏%1 درصد معتبری نیست</translation>
    </message>
    <message>
        <source>%1 is not an amount of money</source>
        <translation>‏%1 مبلغ معتبری نیست</translation>
    </message>
    <message>
        <source>%1 has no currency: write it with the amount (250 USD, Rp 1.500.000) or add a currency column</source>
        <translation>واحد پول %1 مشخص نیست: آن را همراه مبلغ بنویسید (250 USD، Rp 1.500.000) یا ستونی برای واحد پول اضافه کنید</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 has</source>
        <extracomment>%1 the amount, %2 a currency code such as VND</extracomment>
        <translation>رقم‌های اعشار %1 از حد مجاز %2 بیشتر است</translation>
    </message>
    <message>
        <source>%1 is not a known currency</source>
        <translation>‏%1 واحد پول شناخته‌شده‌ای نیست</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>خواندن «%1» ممکن نشد: %2</translation>
    </message>
    <message>
        <source>it is not an .xlsx, .ods or Excel XML workbook</source>
        <translation>این فایل کاربرگ .xlsx، .ods یا Excel XML نیست</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>کاربرگ آسیب دیده است (%1)</translation>
    </message>
</context>
<context>
    <name>WorkbookSource</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>خواندن «%1» ممکن نشد: %2</translation>
    </message>
    <message>
        <source>it has no sheet “%1”; its sheets are %2</source>
        <extracomment>%1 the sheet asked for, %2 the workbook&apos;s sheets</extracomment>
        <translation>برگه‌ای به نام «%1» ندارد؛ برگه‌هایش %2 هستند</translation>
    </message>
    <message>
        <source>it has several sheets (%1); choose the one to import</source>
        <extracomment>%1 the workbook&apos;s sheets</extracomment>
        <translation>چند برگه دارد (%1)؛ برگه‌ای را که باید وارد شود انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>The workbook could not be started.</source>
        <translation>ساختن کاربرگ ممکن نشد.</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows and %2 columns; export fewer rows (filter the list) or export to CSV.</source>
        <translation>هر برگه حداکثر %1 ردیف و %2 ستون دارد؛ ردیف‌های کمتری را خروجی بگیرید (فهرست را فیلتر کنید) یا خروجی CSV بگیرید.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The workbook would be larger than 4 GB, more than a spreadsheet opens.</source>
        <translation>حجم کاربرگ از ۴ گیگابایت بیشتر می‌شود، بیش از آنچه برنامه‌های صفحه‌گسترده باز می‌کنند.</translation>
    </message>
    <message>
        <source>The workbook could not be compressed.</source>
        <translation>فشرده‌سازی کاربرگ ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>planner::AboutDialog</name>
    <message>
        <source>About Campaign Planner</source>
        <translation>درباره Campaign Planner</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>نسخهٔ %1</translation>
    </message>
    <message>
        <source>Compare content creators, influencers, KOLs and KOCs for a campaign: reach, engagement and cost.</source>
        <translation>تولیدکنندگان محتوا، اینفلوئنسرها، رهبران افکار (KOL) و مصرف‌کنندگان تأثیرگذار (KOC) را برای کمپین مقایسه کنید: دسترسی، تعامل و هزینه.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty. Built with Qt %2, under the GNU Lesser General Public License, version 3.</source>
        <translation>نرم‌افزار آزاد با مجوز عمومی همگانی گنو (GNU General Public License)، نسخهٔ ۳ یا بالاتر (%1). این برنامه هیچ ضمانتی ندارد. ساخته‌شده با Qt %2، با مجوز عمومی همگانی کهتر گنو (GNU Lesser General Public License)، نسخهٔ ۳.</translation>
    </message>
    <message>
        <source>Reach per post and story: Minter.io; Facebook and X: Stellar</source>
        <translation>دسترسی هر پست و استوری: Minter.io؛ فیس‌بوک و X: Stellar</translation>
    </message>
    <message>
        <source>Engagement rates: Untapper</source>
        <translation>نرخ تعامل: Untapper</translation>
    </message>
    <message>
        <source>Fees per post and video: Influencer Marketing Hub</source>
        <translation>هزینهٔ هر پست و ویدیو: Influencer Marketing Hub</translation>
    </message>
    <message>
        <source>Real followers: HypeAuditor and Modash</source>
        <translation>دنبال‌کنندگان واقعی: HypeAuditor و Modash</translation>
    </message>
    <message>
        <source>Benchmark CPM for earned media value: Upfluence and Traackr</source>
        <translation>CPM مرجع برای ارزش رسانه‌ای کسب‌شده (EMV): Upfluence و Traackr</translation>
    </message>
    <message>
        <source>Views when only followers are known: CreatorIQ</source>
        <translation>بازدید وقتی فقط تعداد دنبال‌کنندگان معلوم است: CreatorIQ</translation>
    </message>
    <message>
        <source>Follower tiers: Later and Fohr, and Vietnamese articles on KOLs</source>
        <translation>سطح‌بندی بر اساس دنبال‌کنندگان: Later و Fohr، و مقاله‌های ویتنامی دربارهٔ KOLها</translation>
    </message>
    <message>
        <source>The default assumptions rest on published figures from:</source>
        <translation>فرض‌های پیش‌فرض بر پایهٔ ارقام منتشرشدهٔ این منابع است:</translation>
    </message>
    <message>
        <source>Each figure is shown with its source in Campaign &gt; Assumptions, where you can change it. The exchange rates are examples: enter today&apos;s rates there.</source>
        <translation>هر رقم با منبعش در کمپین &gt; فرض‌ها نمایش داده می‌شود و می‌توانید آن را آنجا تغییر دهید. نرخ‌های ارز نمونه‌اند: نرخ امروز را آنجا وارد کنید.</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionSource</name>
    <message>
        <source>Minter.io, median organic reach per post, 0-20k followers</source>
        <translation>Minter.io، میانهٔ دسترسی ارگانیک هر پست، ۰ تا ۲۰ هزار دنبال‌کننده</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 0-20k followers</source>
        <translation>Minter.io، میانهٔ دسترسی ارگانیک هر استوری، ۰ تا ۲۰ هزار دنبال‌کننده</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 20k-100k followers</source>
        <translation>Minter.io، میانهٔ دسترسی ارگانیک هر پست، ۲۰ تا ۱۰۰ هزار دنبال‌کننده</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 20k-100k followers</source>
        <translation>Minter.io، میانهٔ دسترسی ارگانیک هر استوری، ۲۰ تا ۱۰۰ هزار دنبال‌کننده</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 100k-1M followers</source>
        <translation>Minter.io، میانهٔ دسترسی ارگانیک هر پست، ۱۰۰ هزار تا ۱ میلیون دنبال‌کننده</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 100k-1M followers</source>
        <translation>Minter.io، میانهٔ دسترسی ارگانیک هر استوری، ۱۰۰ هزار تا ۱ میلیون دنبال‌کننده</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 1M+ followers</source>
        <translation>Minter.io، میانهٔ دسترسی ارگانیک هر پست، بیش از ۱ میلیون دنبال‌کننده</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 1M+ followers</source>
        <translation>Minter.io، میانهٔ دسترسی ارگانیک هر استوری، بیش از ۱ میلیون دنبال‌کننده</translation>
    </message>
    <message>
        <source>Stellar: Facebook posts reach about 30% of followers</source>
        <translation>Stellar: پست‌های فیسبوک به حدود ۳۰٪ دنبال‌کنندگان می‌رسند</translation>
    </message>
    <message>
        <source>Stellar: X posts reach about 30% of followers</source>
        <translation>Stellar: پست‌های X به حدود ۳۰٪ دنبال‌کنندگان می‌رسند</translation>
    </message>
    <message>
        <source>Followers times a multiplier when average views are unknown (CreatorIQ and others); 10% is a planner default</source>
        <translation>تعداد دنبال‌کنندگان ضرب در یک ضریب وقتی میانگین بازدید معلوم نیست (CreatorIQ و دیگران)؛ ۱۰٪ پیش‌فرض برنامه است</translation>
    </message>
    <message>
        <source>planner default, no public source</source>
        <translation>پیش‌فرض برنامه، بدون منبع عمومی</translation>
    </message>
    <message>
        <source>planner default, no public source: the audience per appearance is reached</source>
        <translation>پیش‌فرض برنامه، بدون منبع عمومی: همهٔ مخاطبان هر نوبت پخش دیده می‌شوند</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram nano 3-5% (midpoint)</source>
        <translation>Untapper ۲۰۲۶، اینستاگرام نانو ۳ تا ۵٪ (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram micro 2-3.5% (midpoint)</source>
        <translation>Untapper ۲۰۲۶، اینستاگرام میکرو ۲ تا ۳٫۵٪ (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram mid and macro 1-2.5% (midpoint)</source>
        <translation>Untapper ۲۰۲۶، اینستاگرام میانی و ماکرو ۱ تا ۲٫۵٪ (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram mega 0.7-1.2% (midpoint)</source>
        <translation>Untapper ۲۰۲۶، اینستاگرام مگا ۰٫۷ تا ۱٫۲٪ (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram nano 10-100 USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub، اینستاگرام نانو ۱۰ تا ۱۰۰ دلار برای هر پست (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram micro 100-500 USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub، اینستاگرام میکرو ۱۰۰ تا ۵۰۰ دلار برای هر پست (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram mid and macro 500-10k USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub، اینستاگرام میانی و ماکرو ۵۰۰ تا ۱۰ هزار دلار برای هر پست (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram mega 10k+ USD per post (lower bound)</source>
        <translation>Influencer Marketing Hub، اینستاگرام مگا از ۱۰ هزار دلار برای هر پست (کران پایین)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube nano 20-200 USD (midpoint)</source>
        <translation>Influencer Marketing Hub، یوتیوب نانو ۲۰ تا ۲۰۰ دلار (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube micro 200-1k USD (midpoint)</source>
        <translation>Influencer Marketing Hub، یوتیوب میکرو ۲۰۰ تا ۱ هزار دلار (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube mid and macro 1k-20k USD (midpoint)</source>
        <translation>Influencer Marketing Hub، یوتیوب میانی و ماکرو ۱ هزار تا ۲۰ هزار دلار (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube mega 20k+ USD (lower bound)</source>
        <translation>Influencer Marketing Hub، یوتیوب مگا از ۲۰ هزار دلار (کران پایین)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok nano 5-25 USD (midpoint)</source>
        <translation>Influencer Marketing Hub، تیک‌تاک نانو ۵ تا ۲۵ دلار (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok micro 25-125 USD (midpoint)</source>
        <translation>Influencer Marketing Hub، تیک‌تاک میکرو ۲۵ تا ۱۲۵ دلار (نقطهٔ میانی)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok mid 125-1,250 USD (midpoint; no macro figure)</source>
        <translation>Influencer Marketing Hub، تیک‌تاک میانی ۱۲۵ تا ۱٬۲۵۰ دلار (نقطهٔ میانی؛ رقمی برای ماکرو نیست)</translation>
    </message>
    <message>
        <source>planner default from HypeAuditor (36% of Instagram influencers affected by fraud) and Modash (under 75% credibility flags fraud)</source>
        <translation>پیش‌فرض برنامه بر پایهٔ HypeAuditor (۳۶٪ اینفلوئنسرهای اینستاگرام درگیر تقلب‌اند) و Modash (اعتبار زیر ۷۵٪ نشانهٔ تقلب است)</translation>
    </message>
    <message>
        <source>planner default from HypeAuditor (near 60% of accounts above 1M followers affected by fraud) and Modash (under 75% credibility flags fraud)</source>
        <translation>پیش‌فرض برنامه بر پایهٔ HypeAuditor (نزدیک ۶۰٪ حساب‌های بالای ۱ میلیون دنبال‌کننده درگیر تقلب‌اند) و Modash (اعتبار زیر ۷۵٪ نشانهٔ تقلب است)</translation>
    </message>
    <message>
        <source>Upfluence benchmark CPM for earned media value (Traackr uses 6 USD on Instagram)</source>
        <translation>CPM مرجع Upfluence برای ارزش رسانه‌ای کسب‌شده (EMV) (Traackr برای اینستاگرام ۶ دلار در نظر می‌گیرد)</translation>
    </message>
    <message>
        <source>planner default: 1 means no preference</source>
        <translation>پیش‌فرض برنامه: ۱ یعنی بدون ترجیح</translation>
    </message>
    <message>
        <source>planner default after the seed articles: a creator who uses the product and shares the brand&apos;s values beats a bigger one; 10% of goal fit per star above or below 3</source>
        <translation>پیش‌فرض برنامه بر پایهٔ مقاله‌های مرجع: تولیدکننده‌ای که از محصول استفاده می‌کند و با ارزش‌های برند هم‌سوست از اینفلوئنسر بزرگ‌تر بهتر عمل می‌کند؛ هر ستاره بالاتر یا پایین‌تر از ۳، ۱۰٪ تناسب با هدف</translation>
    </message>
    <message>
        <source>planner default after the seed articles (the audience must match the brand&apos;s): a channel that posts in none of the campaign&apos;s languages counts this share less</source>
        <translation>پیش‌فرض برنامه بر پایهٔ مقاله‌های مرجع (مخاطب باید با مخاطب برند بخواند): کانالی که به هیچ‌یک از زبان‌های کمپین محتوا نمی‌گذارد به این اندازه کمتر حساب می‌شود</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionStore</name>
    <message>
        <source>The assumption could not be saved.</source>
        <translation>ذخیرهٔ فرض ممکن نشد.</translation>
    </message>
    <message>
        <source>must be a number not below zero</source>
        <translation>باید عددی بزرگ‌تر از صفر یا برابر با آن باشد</translation>
    </message>
    <message>
        <source>The assumptions could not be restored.</source>
        <translation>بازگرداندن فرض‌ها ممکن نشد.</translation>
    </message>
    <message>
        <source>Tier threshold</source>
        <translation>آستانهٔ سطح</translation>
    </message>
    <message>
        <source>nano starts at 0 and each tier must start above the one before</source>
        <translation>سطح نانو از ۰ شروع می‌شود و آستانهٔ هر سطح باید از سطح قبلی بیشتر باشد</translation>
    </message>
    <message>
        <source>must be a number not below zero, with its source</source>
        <translation>باید عددی نامنفی همراه با منبعش باشد</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionsDialog</name>
    <message>
        <source>Vietnamese KOL article (seeds); Later x Fohr</source>
        <translation>مقالهٔ ویتنامی دربارهٔ رهبران افکار (KOL) در منابع مرجع؛ Later x Fohr</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» عدد نیست</translation>
    </message>
    <message>
        <source>%1: “%2” is not a rate above zero</source>
        <translation>‏%1: «%2» نرخی بزرگ‌تر از صفر نیست</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>فرض‌ها</translation>
    </message>
    <message>
        <source>&amp;Projection figures</source>
        <translation>شاخص‌های برآورد</translation>
    </message>
    <message>
        <source>E&amp;xchange rates</source>
        <translation>نرخ‌های ارز</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>معادل ۱ دلار آمریکا</translation>
    </message>
    <message>
        <source>Find a figure, e.g. TikTok or micro</source>
        <translation>جستجوی شاخص، مثلاً تیک‌تاک یا میکرو</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>بازگرداندن پیش‌فرض‌ها</translation>
    </message>
    <message>
        <source>Puts every figure and tier threshold back to its published value</source>
        <translation>همهٔ شاخص‌ها و آستانه‌های سطح را به مقدار منتشرشده‌شان برمی‌گرداند</translation>
    </message>
    <message>
        <source>Fees in other currencies convert into the campaign&apos;s currency through this table. There is no network: enter today&apos;s rates yourself.</source>
        <translation>هزینه‌هایی که به ارزهای دیگر ثبت شده‌اند با این جدول به واحد پول کمپین تبدیل می‌شوند. برنامه به اینترنت وصل نمی‌شود؛ نرخ‌های روز را خودتان وارد کنید.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>&amp;Add or Change</source>
        <translation>افزودن یا تغییر</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Double-click a value to change it; bold values differ from the default</source>
        <translation>برای تغییر هر مقدار روی آن دوبار کلیک کنید؛ مقادیر پررنگ با پیش‌فرض فرق دارند</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Exchange-rate table: the day the rate was last set</extracomment>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Own history suggests</source>
        <extracomment>Column: what the team&apos;s completed campaigns suggest for the figure</extracomment>
        <translation>پیشنهاد سابقه خودمان</translation>
    </message>
    <message>
        <source>Ado&amp;pt Suggestion</source>
        <translation>پذیرفتن پیشنهاد</translation>
    </message>
    <message>
        <source>Uses what your completed campaigns suggest for the chosen figure; Edit &gt; Undo takes it back</source>
        <translation>عددی را که کمپین‌های تمام‌شده برای این رقم پیشنهاد می‌کنند به کار می‌برد؛ ویرایش &gt; واگرد آن را برمی‌گرداند</translation>
    </message>
    <message>
        <source>%1 (%2 to %3), from %4 deliveries</source>
        <extracomment>%1 the suggested value, %2 and %3 its 95% interval, %4 how many delivered posts or videos</extracomment>
        <translation>%1 (%2 تا %3)، از %4 محتوای منتشرشده</translation>
    </message>
</context>
<context>
    <name>planner::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>planner::BrandFitDialog</name>
    <message>
        <source>Brand Fit</source>
        <translation>تناسب با برند</translation>
    </message>
    <message>
        <source>How well &lt;b&gt;%1&lt;/b&gt; fits the brand of “%2”</source>
        <extracomment>%1 candidate name, %2 campaign name</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; تا چه اندازه با برند «%2» تناسب دارد</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>ارزیابی نشده</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A brand-fit rating: %1 the number, %2 as stars</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>3 is neutral; each star above or below changes goal fit by the brand fit weight (Assumptions)</source>
        <translation>۳ خنثی است؛ هر ستاره بالاتر یا پایین‌تر، تناسب با هدف را به اندازهٔ وزن تناسب با برند تغییر می‌دهد (فرض‌ها)</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>امتیاز:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>دلایل:</translation>
    </message>
    <message>
        <source>What you saw: posts with the product, a past campaign, the audience…</source>
        <translation>آنچه دیده‌اید: پست‌هایی با محصول، کمپین قبلی، مخاطبان…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>یادداشت:</translation>
    </message>
</context>
<context>
    <name>planner::BudgetChart</name>
    <message>
        <source>Budget by kind</source>
        <translation>بودجه به تفکیک نوع</translation>
    </message>
    <message>
        <source>Budget by tier</source>
        <translation>بودجه به تفکیک سطح</translation>
    </message>
    <message>
        <source>Budget by platform</source>
        <translation>بودجه به تفکیک پلتفرم</translation>
    </message>
    <message>
        <source>The budget split shows once the shortlist has costs.</source>
        <translation>وقتی موارد فهرست کوتاه هزینه داشته باشند، تفکیک بودجه اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Pie slice: %1 category (e.g. KOL), %2 share of the budget</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>planner::CampaignActions</name>
    <message>
        <source>Add to &amp;Shortlist</source>
        <translation>افزودن به فهرست کوتاه</translation>
    </message>
    <message>
        <source>Puts the selected candidate on the open campaign&apos;s shortlist</source>
        <translation>نامزد انتخاب‌شده را به فهرست کوتاه کمپین باز اضافه می‌کند</translation>
    </message>
    <message>
        <source>&amp;Why This Rank?</source>
        <translation>چرا این رتبه؟</translation>
    </message>
    <message>
        <source>Shows the numbers behind the selected candidate&apos;s goal fit</source>
        <translation>ارقامی را نشان می‌دهد که تناسب نامزد انتخاب‌شده با هدف کمپین بر آن‌ها استوار است</translation>
    </message>
    <message>
        <source>S&amp;uggest Shortlist…</source>
        <translation>پیشنهاد فهرست کوتاه…</translation>
    </message>
    <message>
        <source>Fills the shortlist with the candidates that bring the most for the budget</source>
        <translation>فهرست کوتاه را با نامزدهایی پر می‌کند که با این بودجه بیشترین نتیجه را می‌دهند</translation>
    </message>
    <message>
        <source>Compare &amp;Goals…</source>
        <translation>مقایسهٔ هدف‌ها…</translation>
    </message>
    <message>
        <source>Plans the same budget for awareness and for niche trust, side by side</source>
        <translation>همین بودجه را یک بار برای آگاهی از برند و یک بار برای اعتماد مخاطبان خاص برنامه‌ریزی می‌کند و کنار هم نشان می‌دهد</translation>
    </message>
    <message>
        <source>&amp;Assumptions…</source>
        <translation>فرض‌ها…</translation>
    </message>
    <message>
        <source>Shows and edits the figures behind every projection, and the exchange rates</source>
        <translation>شاخص‌های پایهٔ همهٔ برآوردها و نرخ‌های ارز را نشان می‌دهد و ویرایش می‌کند</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, for the goal “%3”:</source>
        <extracomment>%1 candidate name, %2 platform, %3 goal</extracomment>
        <translation>‏&lt;b&gt;%1&lt;/b&gt; در %2، برای هدف «%3»:</translation>
    </message>
    <message>
        <source>Tier: %1 · authenticity %2 · reach rate %3 per deliverable</source>
        <translation>سطح: %1 · اصالت %2 · نرخ دسترسی %3 برای هر محتوای تحویلی</translation>
    </message>
    <message>
        <source>Authentic unique reach: %1 · engagements: %2</source>
        <translation>دسترسی یکتای واقعی: %1 · تعامل‌ها: %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>هزینه: %1</translation>
    </message>
    <message>
        <source>Cost unknown: no exchange rate to %1</source>
        <translation>هزینه نامشخص است: نرخ ارزی برای تبدیل به %1 ثبت نشده است</translation>
    </message>
    <message>
        <source>reach rate</source>
        <translation>نرخ دسترسی</translation>
    </message>
    <message>
        <source>authenticity</source>
        <translation>اصالت</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>نرخ تعامل</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Rests on the tier&apos;s default %1, not on the candidate&apos;s own data.</source>
        <translation>بر پایهٔ %1 پیش‌فرض سطح است، نه داده‌های خود نامزد.</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>چرا این رتبه</translation>
    </message>
    <message>
        <source>As booked on the shortlist: %1 × %2</source>
        <extracomment>%1 count, %2 deliverable format: the shortlist entry the figures are for</extracomment>
        <translation>همان‌طور که در فهرست کوتاه رزرو شده: %1 × %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The brief&lt;/b&gt;</source>
        <translation>&lt;b&gt;بریف کمپین&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;ارقام&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The follower count and average views are unknown: nothing is projected.</source>
        <translation>تعداد دنبال‌کنندگان و میانگین بازدید نامعلوم است: چیزی برآورد نمی‌شود.</translation>
    </message>
    <message>
        <source>The follower count is unknown: reach and engagements come from the average views.</source>
        <translation>تعداد دنبال‌کنندگان نامعلوم است: دسترسی و تعامل از میانگین بازدید به دست می‌آید.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>هزینه نامشخص است: تعرفه‌ای ثبت یا توافق نشده است.</translation>
    </message>
    <message>
        <source>Compare &amp;Candidates…</source>
        <translation>مقایسهٔ نامزدها…</translation>
    </message>
    <message>
        <source>Projects the selected candidates for the open campaign side by side, without adding them to the shortlist</source>
        <translation>نامزدهای انتخاب‌شده را برای کمپین باز کنار هم پیش‌بینی می‌کند، بی آنکه به فهرست کوتاه اضافه شوند</translation>
    </message>
    <message>
        <source>Open a campaign to compare candidates for it</source>
        <translation>برای مقایسهٔ نامزدها، ابتدا یک کمپین را باز کنید</translation>
    </message>
    <message>
        <source>Select %1 to %2 candidates in the list (Ctrl+click) to compare them</source>
        <extracomment>%1 the fewest, %2 the most candidates compared</extracomment>
        <translation>برای مقایسه، %1 تا %2 نامزد را در فهرست انتخاب کنید (Ctrl+کلیک)</translation>
    </message>
    <message>
        <source>At most %1 candidates can be compared; %2 are selected</source>
        <extracomment>%1 the most candidates compared, %2 how many are selected</extracomment>
        <translation>حداکثر %1 نامزد را می‌توان مقایسه کرد؛ %2 نامزد انتخاب شده است</translation>
    </message>
    <message>
        <source>&amp;Brand Fit…</source>
        <translation>تناسب با برند…</translation>
    </message>
    <message>
        <source>Rates how well the selected candidate fits the campaign&apos;s brand, with reasons and a note</source>
        <translation>ارزیابی تناسب نامزد انتخاب‌شده با برند کمپین، همراه با دلایل و یادداشت</translation>
    </message>
</context>
<context>
    <name>planner::CampaignCommand</name>
    <message>
        <source>“%1” is no longer in this file.</source>
        <translation>«%1» دیگر در این فایل نیست.</translation>
    </message>
    <message>
        <source>create campaign “%1”</source>
        <translation>ایجاد کمپین «%1»</translation>
    </message>
    <message>
        <source>edit campaign “%1”</source>
        <translation>ویرایش کمپین «%1»</translation>
    </message>
    <message>
        <source>delete campaign “%1”</source>
        <translation>حذف کمپین «%1»</translation>
    </message>
    <message>
        <source>add “%1” to the shortlist</source>
        <translation>افزودن «%1» به فهرست کوتاه</translation>
    </message>
    <message>
        <source>remove “%1” from the shortlist</source>
        <translation>حذف «%1» از فهرست کوتاه</translation>
    </message>
    <message>
        <source>change “%1” on the shortlist</source>
        <translation>تغییر «%1» در فهرست کوتاه</translation>
    </message>
    <message>
        <source>suggest a shortlist for “%1”</source>
        <translation>پیشنهاد فهرست کوتاه برای «%1»</translation>
    </message>
</context>
<context>
    <name>planner::CampaignEditorDialog</name>
    <message>
        <source>“%1” is not an amount of money</source>
        <translation>«%1» مبلغ معتبری نیست</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>کمپین جدید</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>ویرایش کمپین</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>هدف:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>بودجه:</translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation>حوزه‌ها:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>مناطق:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>شروع:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>پایان:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Awareness buys the widest authentic reach in the target regions; niche trust buys authentic engagement from candidates of the target niches.</source>
        <translation>«آگاهی از برند» بودجه را صرف بیشترین دسترسی واقعی در مناطق هدف می‌کند؛ «اعتماد مخاطبان خاص» آن را صرف تعامل واقعی‌ای می‌کند که نامزدهای حوزه‌های هدف ایجاد می‌کنند.</translation>
    </message>
    <message>
        <source>Every figure of the campaign is shown in this currency; fees in other currencies convert through the exchange-rate table.</source>
        <translation>همهٔ ارقام کمپین با این واحد پول نمایش داده می‌شود؛ هزینه‌هایی که به ارزهای دیگر هستند از طریق جدول نرخ ارز تبدیل می‌شوند.</translation>
    </message>
    <message>
        <source>Country or province codes, e.g. VN, ID-JK, IR-23; empty means anywhere</source>
        <translation>کد کشور یا استان، مثلاً IR، IR-23، VN؛ خالی یعنی همه‌جا</translation>
    </message>
    <message>
        <source>Niche trust counts only candidates of these niches; none checked means any niche.</source>
        <translation>در «اعتماد مخاطبان خاص» فقط نامزدهای این حوزه‌ها حساب می‌شوند؛ اگر هیچ‌کدام انتخاب نشود، همهٔ حوزه‌ها حساب می‌شوند.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>The budget is typed in this unit</source>
        <translation>بودجه با این واحد وارد می‌شود</translation>
    </message>
    <message>
        <source>Total budget, e.g. %1</source>
        <extracomment>%1 an amount with its digits grouped, such as 250,000,000</extracomment>
        <translation>کل بودجه، مثلاً %1</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>زبان‌ها:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هر زبانی</translation>
    </message>
    <message>
        <source>The languages the campaign&apos;s audience reads: a channel posting only in others counts less in goal fit (Assumptions).</source>
        <translation>زبان‌هایی که مخاطبان کمپین می‌خوانند: کانالی که فقط به زبان‌های دیگر محتوا می‌گذارد در تناسب با هدف کمتر حساب می‌شود (فرض‌ها).</translation>
    </message>
</context>
<context>
    <name>planner::CampaignPanel</name>
    <message>
        <source>No campaign yet: create one with “New…” to build a shortlist.</source>
        <translation>هنوز کمپینی وجود ندارد: برای ساختن فهرست کوتاه، با «کمپین جدید…» یکی بسازید.</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>همه‌جا</translation>
    </message>
    <message>
        <source>any niche</source>
        <translation>همهٔ حوزه‌ها</translation>
    </message>
    <message>
        <source>Goal: %1 · Budget: %2 · Niches: %3 · Regions: %4</source>
        <extracomment>Campaign summary: goal, budget, target niches, target regions</extracomment>
        <translation>هدف: %1 · بودجه: %2 · حوزه‌ها: %3 · مناطق: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries counted</source>
        <translation>
            <numerusform>%Ln مورد در محاسبه</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique reach %1 · Impressions %2 · Engagements %3</source>
        <translation>دسترسی یکتا %1 · نمایش %2 · تعامل %3</translation>
    </message>
    <message>
        <source>Cost %1, %2 of the budget left</source>
        <translation>هزینه %1، %2 از بودجه باقی مانده</translation>
    </message>
    <message>
        <source>Cost %1, %2 over budget</source>
        <translation>هزینه %1، %2 بیش از بودجه</translation>
    </message>
    <message>
        <source>CPM %1 · CPE %2 · EMV %3</source>
        <translation>CPM %1‏ · CPE %2‏ · EMV %3</translation>
    </message>
    <message>
        <source>* rests on a tier default rather than the candidate&apos;s own data (see the cell&apos;s tooltip)</source>
        <translation>* بر پایهٔ پیش‌فرض سطح است، نه داده‌های خود نامزد (راهنمای همان خانه را ببینید)</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>کمپین:</translation>
    </message>
    <message>
        <source>The campaign whose shortlist and goal fit are shown</source>
        <translation>کمپینی که فهرست کوتاه و تناسب نامزدها با هدفش نمایش داده می‌شود</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>کمپین جدید…</translation>
    </message>
    <message>
        <source>Creates a campaign with a goal, a budget and targets</source>
        <translation>کمپینی تازه با هدف، بودجه و هدف‌گذاری می‌سازد</translation>
    </message>
    <message>
        <source>Edit Ca&amp;mpaign…</source>
        <translation>ویرایش کمپین…</translation>
    </message>
    <message>
        <source>Changes the open campaign&apos;s goal, budget, targets or dates</source>
        <translation>هدف، بودجه، هدف‌گذاری یا تاریخ‌های کمپین باز را تغییر می‌دهد</translation>
    </message>
    <message>
        <source>Delete Campaig&amp;n</source>
        <translation>حذف کمپین</translation>
    </message>
    <message>
        <source>Deletes the open campaign and its shortlist</source>
        <translation>کمپین باز و فهرست کوتاه آن را حذف می‌کند</translation>
    </message>
    <message>
        <source>&amp;Remove from Shortlist</source>
        <translation>حذف از فهرست کوتاه</translation>
    </message>
    <message>
        <source>Takes the selected entry off the shortlist</source>
        <translation>مورد انتخاب‌شده را از فهرست کوتاه برمی‌دارد</translation>
    </message>
    <message>
        <source>Double-click format, count, fee or status to change it</source>
        <translation>برای تغییر قالب، تعداد، هزینه یا وضعیت، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Runs %1 – %2</source>
        <extracomment>Campaign summary: the campaign&apos;s first and last day</extracomment>
        <translation>زمان اجرا: %1 تا %2</translation>
    </message>
    <message>
        <source>CPM and CPE show “—”: the shortlist costs nothing (or its fees are unknown), so a cost per impression or engagement is undefined, not free.</source>
        <translation>CPM و CPE «—» نشان می‌دهند: فهرست کوتاه هزینه‌ای ندارد (یا هزینه‌ها معلوم نیست)، پس هزینه به ازای هر نمایش یا تعامل تعریف‌نشده است، نه رایگان.</translation>
    </message>
    <message>
        <source>CPM or CPE show “—”: no impressions or engagements are projected.</source>
        <translation>CPM یا CPE «—» نشان می‌دهد: هیچ نمایش یا تعاملی پیش‌بینی نشده است.</translation>
    </message>
    <message>
        <source>This shortlist is empty. Select candidates in the list above and choose “Add to Shortlist” (Campaign menu), or let “Suggest Shortlist…” pick them for the budget.</source>
        <translation>این فهرست کوتاه خالی است. نامزدها را در فهرست بالا انتخاب کنید و «افزودن به فهرست کوتاه» (منوی کمپین) را بزنید، یا بگذارید «پیشنهاد فهرست کوتاه…» آن‌ها را متناسب با بودجه انتخاب کند.</translation>
    </message>
    <message>
        <source>New…</source>
        <extracomment>Button beside the campaign chooser: new campaign</extracomment>
        <translation>جدید…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Button beside the campaign chooser: edit the campaign</extracomment>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button beside the campaign chooser: delete the campaign</extracomment>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries left out of reach and engagements: their follower count and average views are unknown</source>
        <translation>
            <numerusform>%Ln مورد در دسترسی و تعامل حساب نشد: تعداد دنبال‌کنندگان و میانگین بازدیدشان نامعلوم است</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CampaignStore</name>
    <message>
        <source>another campaign is already called “%1”</source>
        <translation>کمپین دیگری با نام «%1» از قبل وجود دارد</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>the candidate has no channel on this platform</source>
        <translation>این نامزد در این پلتفرم کانالی ندارد</translation>
    </message>
    <message>
        <source>the shortlist already holds this candidate with this platform and format</source>
        <translation>این نامزد با همین پلتفرم و قالب از قبل در فهرست کوتاه هست</translation>
    </message>
    <message>
        <source>The campaign could not be saved.</source>
        <translation>ذخیرهٔ کمپین ممکن نشد.</translation>
    </message>
    <message>
        <source>The campaign could not be deleted.</source>
        <translation>حذف کمپین ممکن نشد.</translation>
    </message>
    <message>
        <source>The shortlist entry could not be saved.</source>
        <translation>ذخیرهٔ مورد فهرست کوتاه ممکن نشد.</translation>
    </message>
    <message>
        <source>The shortlist entry could not be deleted.</source>
        <translation>حذف مورد فهرست کوتاه ممکن نشد.</translation>
    </message>
    <message>
        <source>The shortlist could not be replaced.</source>
        <translation>جایگزینی فهرست کوتاه ممکن نشد.</translation>
    </message>
    <message>
        <source>The shortlist entries could not be restored.</source>
        <translation>بازگرداندن موردهای فهرست کوتاه ممکن نشد.</translation>
    </message>
    <message>
        <source>The campaign could not be read.</source>
        <translation>خواندن کمپین ممکن نشد.</translation>
    </message>
    <message>
        <source>The campaigns could not be read.</source>
        <translation>خواندن کمپین‌ها ممکن نشد.</translation>
    </message>
    <message>
        <source>The shortlist could not be read.</source>
        <translation>خواندن فهرست کوتاه ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateCommand</name>
    <message>
        <source>add “%1”</source>
        <translation>افزودن «%1»</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>ویرایش «%1»</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
</context>
<context>
    <name>planner::CandidateComparisonDialog</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 candidate name, %2 platform: a bar of Compare Candidates</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Compare Candidates: %1</source>
        <extracomment>%1 campaign name</extracomment>
        <translation>مقایسهٔ نامزدها: %1</translation>
    </message>
    <message>
        <source>Projected for “%1” (%2), one piece of content each; the shortlist is unchanged</source>
        <extracomment>%1 campaign name, %2 goal</extracomment>
        <translation>پیش‌بینی برای «%1» (%2)، هر نفر یک محتوا؛ فهرست کوتاه تغییری نمی‌کند</translation>
    </message>
</context>
<context>
    <name>planner::CandidateEditorDialog</name>
    <message>
        <source>Add candidate</source>
        <translation>افزودن نامزد</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>ویرایش نامزد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation>حوزه‌ها:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>مناطق:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Name as the marketer knows them</source>
        <translation>نامی که بازاریاب این فرد را با آن می‌شناسد</translation>
    </message>
    <message>
        <source>Country or province codes, e.g. VN, ID-JK, IR-23</source>
        <translation>کد کشور یا استان، مثلاً IR، IR-23، VN</translation>
    </message>
    <message>
        <source>Content creators make content for its own sake; influencers build an audience and promote; KOLs are recognised experts; KOCs are ordinary customers with a small, trusting following.</source>
        <translation>تولیدکنندگان محتوا برای خود محتوا کار می‌کنند؛ اینفلوئنسرها مخاطب جذب می‌کنند و تبلیغ می‌کنند؛ رهبران افکار (KOL) متخصصانی شناخته‌شده‌اند؛ مصرف‌کنندگان تأثیرگذار (KOC) مشتریانی عادی‌اند با دنبال‌کنندگانی اندک اما معتمد.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>همه سطح‌ها</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>همه پلتفرم‌ها</translation>
    </message>
    <message>
        <source>All niches</source>
        <translation>همه حوزه‌ها</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>همه مناطق</translation>
    </message>
    <message>
        <source>Search name or handle…</source>
        <translation>جستجوی نام یا شناسه…</translation>
    </message>
    <message>
        <source>Shows only candidates whose name or handle contains this text (Ctrl+F)</source>
        <translation>فقط نامزدهایی را نشان می‌دهد که نام یا شناسه‌شان این متن را دارد (Ctrl+F)</translation>
    </message>
    <message>
        <source>Content creator, influencer, KOL or KOC</source>
        <translation>تولیدکننده محتوا، اینفلوئنسر، رهبر افکار (KOL) یا مصرف‌کننده تأثیرگذار (KOC)</translation>
    </message>
    <message>
        <source>Follower tier: nano, micro, macro or mega</source>
        <translation>سطح بر اساس تعداد دنبال‌کنندگان: نانو، میکرو، ماکرو یا مگا</translation>
    </message>
    <message>
        <source>Channel platform</source>
        <translation>پلتفرم کانال</translation>
    </message>
    <message>
        <source>Niche or topic</source>
        <translation>حوزه یا موضوع</translation>
    </message>
    <message>
        <source>Region; a country also includes its provinces and cities</source>
        <translation>منطقه؛ هر کشور استان‌ها و شهرهایش را هم در بر می‌گیرد</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <extracomment>The button that shows the range filters; %1 how many of them are on</extracomment>
        <translation>فیلترهای بیشتر (%1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>فیلترهای بیشتر</translation>
    </message>
    <message>
        <source>Ranges on followers, engagement, views, fee, authenticity and the projected CPM and CPE</source>
        <translation>بازه‌هایی برای دنبال‌کنندگان، تعامل، بازدید، هزینه، اصالت و CPM و CPE پیش‌بینی‌شده</translation>
    </message>
</context>
<context>
    <name>planner::CandidateOrderBuilder</name>
    <message>
        <source>The candidates in “%1” could not be sorted.</source>
        <extracomment>%1 the database file</extracomment>
        <translation>مرتب‌سازی نامزدهای «%1» ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>planner::CandidatePanel</name>
    <message>
        <source>No file open</source>
        <translation>هیچ فایلی باز نیست</translation>
    </message>
    <message>
        <source>Candidates in this file: %1 · Channels shown: %2</source>
        <extracomment>Status bar: how many candidates the open file holds, how many channel rows match the filter</extracomment>
        <translation>نامزدهای این فایل: %1 · کانال‌های نمایش‌داده‌شده: %2</translation>
    </message>
    <message>
        <source>counting…</source>
        <extracomment>Status bar, while the rows matching a filter are being counted</extracomment>
        <translation>در حال شمارش…</translation>
    </message>
</context>
<context>
    <name>planner::CandidateStore</name>
    <message>
        <source>The candidate could not be saved.</source>
        <translation>ذخیره نامزد ممکن نشد.</translation>
    </message>
    <message>
        <source>The candidate could not be deleted.</source>
        <translation>حذف نامزد ممکن نشد.</translation>
    </message>
    <message>
        <source>The candidates could not be saved.</source>
        <translation>ذخیرهٔ نامزدها ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateTableModel</name>
    <message>
        <source>%1 — %2
%3: %4 followers (%5)</source>
        <extracomment>Tooltip of a candidate row: %1 name, %2 kind, %3 platform, %4 followers, %5 tier</extracomment>
        <translation>‏%1 — %2
%3: %4 دنبال‌کننده (%5)</translation>
    </message>
    <message>
        <source>Tier by followers on this channel; the thresholds are kept in the database.</source>
        <translation>سطح بر اساس دنبال‌کنندگان این کانال؛ مرز سطح‌ها در پایگاه داده نگهداری می‌شود.</translation>
    </message>
    <message>
        <source>Share of real followers</source>
        <translation>سهم دنبال‌کنندگان واقعی</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>دنبال‌کنندگان</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>نرخ تعامل</translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation>میانگین بازدید</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>هزینه هر پست</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>اصالت</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>حوزه‌ها</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>Real people reached in the campaign&apos;s regions per million %1 spent, for one piece of content in the channel&apos;s usual format</source>
        <extracomment>%1 currency code. Header tooltip of the goal-fit column for an awareness campaign</extracomment>
        <translation>افراد واقعیِ دسترسی‌یافته در مناطق کمپین به ازای هر میلیون %1 هزینه، برای یک محتوا در قالب معمول این کانال</translation>
    </message>
    <message>
        <source>Engagements from real followers in the campaign&apos;s niches per million %1 spent, for one piece of content in the channel&apos;s usual format</source>
        <extracomment>%1 currency code. Header tooltip of the goal-fit column for a niche-trust campaign</extracomment>
        <translation>تعامل دنبال‌کنندگان واقعی در حوزه‌های کمپین به ازای هر میلیون %1 هزینه، برای یک محتوا در قالب معمول این کانال</translation>
    </message>
    <message>
        <source>Goal fit</source>
        <extracomment>Column: what a channel brings to the campaign&apos;s goal per money spent</extracomment>
        <translation>تناسب با هدف</translation>
    </message>
    <message>
        <source>no rate</source>
        <extracomment>Goal-fit cell: the fee&apos;s currency has no exchange rate, so the cost is unknown</extracomment>
        <translation>بدون نرخ ارز</translation>
    </message>
    <message>
        <source>free</source>
        <extracomment>Goal-fit cell of a channel that costs nothing</extracomment>
        <translation>رایگان</translation>
    </message>
    <message>
        <source>Cost of one %1: %2</source>
        <translation>هزینهٔ یک %1: %2</translation>
    </message>
    <message>
        <source>Cost unknown: no exchange rate from %1 to %2</source>
        <translation>هزینه نامعلوم است: نرخ ارزی از %1 به %2 ثبت نشده</translation>
    </message>
    <message>
        <source>reach rate</source>
        <translation>نرخ دسترسی</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>نرخ تعامل</translation>
    </message>
    <message>
        <source>authenticity</source>
        <translation>اصالت</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Rests on the tier&apos;s default %1</source>
        <extracomment>%1 list such as &quot;reach rate, authenticity and fee&quot;</extracomment>
        <translation>بر پایهٔ %1 پیش‌فرض سطح است</translation>
    </message>
    <message>
        <source>No goal fit: choose a campaign to rank the candidates for its goal.</source>
        <translation>تناسبی با هدف نیست: یک کمپین انتخاب کنید تا نامزدها بر پایهٔ هدف آن رتبه‌بندی شوند.</translation>
    </message>
    <message>
        <source>%1 — %2
%3: follower count unknown (no tier)</source>
        <extracomment>Tooltip of a candidate row whose follower count is unknown: %1 name, %2 kind, %3 platform</extracomment>
        <translation>%1 — %2
%3: تعداد دنبال‌کننده نامعلوم (بدون سطح)</translation>
    </message>
    <message>
        <source>The follower count and average views are unknown: nothing is projected.</source>
        <extracomment>%1 deliverable format (Post, Video, Appearance), %2 money amount</extracomment>
        <translation>تعداد دنبال‌کنندگان و میانگین بازدید نامعلوم است: چیزی برآورد نمی‌شود.</translation>
    </message>
    <message>
        <source>The follower count is unknown: reach and engagements come from the average views.</source>
        <translation>تعداد دنبال‌کنندگان نامعلوم است: دسترسی و تعامل از میانگین بازدید به دست می‌آید.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>هزینه نامشخص است: تعرفه‌ای ثبت یا توافق نشده است.</translation>
    </message>
    <message>
        <source>%1 (sorting…)</source>
        <extracomment>Column header while the list is being sorted by it: %1 the column&apos;s title</extracomment>
        <translation>%1 (در حال مرتب‌سازی…)</translation>
    </message>
    <message>
        <source>The candidates could not be sorted.</source>
        <translation>مرتب‌سازی نامزدها ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>planner::ChannelTableEditor</name>
    <message>
        <source>%1 (channel %2)</source>
        <translation>‏%1 (کانال %2)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» عدد نیست</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Handle or show</source>
        <translation>شناسه یا نام برنامه</translation>
    </message>
    <message>
        <source>Followers or audience</source>
        <translation>دنبال‌کنندگان یا مخاطبان</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>نرخ تعامل (٪)</translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation>میانگین بازدید</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>هزینه هر پست</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Authenticity (%)</source>
        <translation>اصالت (٪)</translation>
    </message>
    <message>
        <source>Share of real followers</source>
        <translation>سهم دنبال‌کنندگان واقعی</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>افزودن کانال</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>حذف کانال</translation>
    </message>
    <message>
        <source>Removes the selected channel</source>
        <translation>کانال انتخاب‌شده را حذف می‌کند</translation>
    </message>
    <message>
        <source>Fees in IRR are typed in toman (ten rial), as shown</source>
        <translation>هزینه‌های ریالی به تومان (ده ریال) وارد می‌شوند، همان‌طور که نمایش داده می‌شوند</translation>
    </message>
    <message>
        <source>For TV, radio and print: the audience of one appearance. Leave it empty when the count is unknown: the channel then has no tier.</source>
        <translation>برای تلویزیون، رادیو و نشریه: مخاطبان یک بار حضور. اگر تعداد معلوم نیست خالی بگذارید؛ در این صورت کانال سطحی ندارد.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>The languages the channel posts in; a campaign&apos;s target languages count them in goal fit.</source>
        <translation>زبان‌هایی که کانال به آن‌ها محتوا می‌گذارد؛ زبان‌های هدف کمپین آن‌ها را در تناسب با هدف حساب می‌کنند.</translation>
    </message>
</context>
<context>
    <name>planner::ChartsPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>تصویر برداری SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>خروجی گرفتن از نمودار</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation>ذخیرهٔ نمودار در «%1» ممکن نشد.</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>فهرست کوتاه</translation>
    </message>
    <message>
        <source>Cost and &amp;reach</source>
        <translation>هزینه و دسترسی</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>هدف‌ها</translation>
    </message>
    <message>
        <source>Reach, engagements and cost of each shortlist entry</source>
        <translation>دسترسی، تعامل و هزینهٔ هر مورد فهرست کوتاه</translation>
    </message>
    <message>
        <source>What every candidate the filter shows brings for its cost</source>
        <translation>آنچه هر یک از نامزدهای فیلترشده در برابر هزینه‌اش به دست می‌دهد</translation>
    </message>
    <message>
        <source>Where the budget goes: by kind, tier and platform</source>
        <translation>بودجه کجا خرج می‌شود: به تفکیک نوع، سطح و پلتفرم</translation>
    </message>
    <message>
        <source>The awareness plan and the niche-trust plan for the same budget</source>
        <translation>طرح «آگاهی از برند» و طرح «اعتماد مخاطبان خاص» با بودجه‌ای یکسان</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>خروجی گرفتن از نمودار…</translation>
    </message>
    <message>
        <source>Saves the chart on show as PNG, SVG or PDF</source>
        <translation>نمودار نمایش‌داده‌شده را با قالب PNG، SVG یا PDF ذخیره می‌کند</translation>
    </message>
    <message>
        <source>Chart “%1” written to %2</source>
        <extracomment>Status bar after an export: %1 the chart&apos;s tab, %2 the file written</extracomment>
        <translation>نمودار «%1» در %2 ذخیره شد</translation>
    </message>
    <message>
        <source>Full Si&amp;ze…</source>
        <translation>اندازهٔ کامل…</translation>
    </message>
    <message>
        <source>Opens the chart on show in a window of its own, as large as you make it</source>
        <translation>نمودار نمایش‌داده‌شده را در پنجره‌ای جداگانه باز می‌کند، به هر اندازه که بخواهید</translation>
    </message>
</context>
<context>
    <name>planner::CostScatterChart</name>
    <message>
        <source>Open a campaign to see what each candidate brings for its cost.</source>
        <translation>کمپینی را باز کنید تا ببینید هر نامزد در برابر هزینه‌اش چه به دست می‌دهد.</translation>
    </message>
    <message>
        <source>Most for the money</source>
        <translation>بیشترین بازده به ازای هزینه</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>انتخاب‌شده</translation>
    </message>
    <message>
        <source>Showing the first %1 channels: narrow the filter to see all.</source>
        <translation>فقط %1 کانال نخست نمایش داده می‌شود: برای دیدن همه، فیلتر را محدودتر کنید.</translation>
    </message>
    <message>
        <source>%1 channels; the line joins the efficient ones.</source>
        <translation>‏%1 کانال؛ خط، کانال‌های بهینه را به هم وصل می‌کند.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>هزینه: %1</translation>
    </message>
    <message>
        <source>Authentic reach: %1</source>
        <translation>دسترسی واقعی: %1</translation>
    </message>
    <message>
        <source>Engagements: %1</source>
        <translation>تعامل‌ها: %1</translation>
    </message>
    <message>
        <source>Authentic reach</source>
        <translation>دسترسی واقعی</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>What to set against the cost</source>
        <translation>معیار مقایسه با هزینه</translation>
    </message>
</context>
<context>
    <name>planner::DemoData</name>
    <message>
        <source>The demo candidates are missing from this build of the program.</source>
        <translation>نامزدهای نمونه در این نسخهٔ برنامه وجود ندارند.</translation>
    </message>
</context>
<context>
    <name>planner::Error</name>
    <message>
        <source>%1: %2</source>
        <extracomment>How an error names the field it is about: %1 the field, %2 the reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>planner::ExchangeRateStore</name>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>باید کد سه‌حرفی ISO باشد، مانند IRR</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>must be above zero</source>
        <translation>باید بیشتر از صفر باشد</translation>
    </message>
    <message>
        <source>the US dollar is the base and stays 1</source>
        <translation>دلار آمریکا ارز پایه است و نرخ آن همیشه ۱ می‌ماند</translation>
    </message>
    <message>
        <source>the US dollar is the base and cannot be removed</source>
        <translation>دلار آمریکا ارز پایه است و نمی‌توان آن را حذف کرد</translation>
    </message>
    <message>
        <source>The exchange rate could not be removed.</source>
        <translation>حذف نرخ ارز ممکن نشد.</translation>
    </message>
    <message>
        <source>The exchange rate could not be saved.</source>
        <translation>ذخیرهٔ نرخ ارز ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>planner::ExportActions</name>
    <message>
        <source>Export &amp;Shortlist…</source>
        <translation>خروجی گرفتن از فهرست کوتاه…</translation>
    </message>
    <message>
        <source>Export &amp;Candidates…</source>
        <translation>خروجی گرفتن از نامزدها…</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV برای Excel (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV, UTF-8 without BOM (*.csv)</source>
        <translation>CSV ساده، UTF-8 بدون BOM (*.csv)</translation>
    </message>
    <message>
        <source>Writing the candidates…</source>
        <translation>در حال نوشتن نامزدها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Export Shortlist</source>
        <translation>خروجی گرفتن از فهرست کوتاه</translation>
    </message>
    <message>
        <source>Export Candidates</source>
        <translation>خروجی گرفتن از نامزدها</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>نامزدها</translation>
    </message>
    <message>
        <source>Saves the open campaign&apos;s shortlist with every projected figure as an Excel workbook or CSV</source>
        <translation>فهرست کوتاه کمپین باز را با همهٔ ارقام پیش‌بینی‌شده به‌صورت کاربرگ Excel یا CSV ذخیره می‌کند</translation>
    </message>
    <message>
        <source>Saves the candidate table as filtered and sorted as an Excel workbook or CSV</source>
        <translation>جدول نامزدها را با همان فیلتر و ترتیب به‌صورت کاربرگ Excel یا CSV ذخیره می‌کند</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کاربرگ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Column names in the interface language (untick for the English keys scripts and the import read)</source>
        <translation>نام ستون‌ها به زبان برنامه (برای کلیدهای انگلیسی که اسکریپت‌ها و ورود داده می‌خوانند، تیک را بردارید)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>نامزدها</translation>
    </message>
    <message>
        <source>Shortlist of “%1” written to %2</source>
        <extracomment>Status bar after an export: %1 the campaign, %2 the file written</extracomment>
        <translation>فهرست کوتاه «%1» در %2 ذخیره شد</translation>
    </message>
    <message>
        <source>Candidates as filtered written to %1</source>
        <extracomment>Status bar after an export: %1 the file written</extracomment>
        <translation>نامزدهای فیلترشده در %1 ذخیره شدند</translation>
    </message>
</context>
<context>
    <name>planner::GoalComparisonChart</name>
    <message>
        <source>Unique reach</source>
        <translation>دسترسی یکتا</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>People of each kind</source>
        <translation>افراد به تفکیک نوع</translation>
    </message>
    <message>
        <source>Choose “Compare Goals…” to plan the budget for both goals and see them here.</source>
        <translation>«مقایسهٔ هدف‌ها…» را انتخاب کنید تا بودجه برای هر دو هدف برنامه‌ریزی شود و نتیجه اینجا نمایش داده شود.</translation>
    </message>
</context>
<context>
    <name>planner::GuideDialog</name>
    <message>
        <source>Who is who</source>
        <translation>انواع نامزدها</translation>
    </message>
    <message>
        <source>Every candidate is one of four kinds. The kind says what a person is good for, not how many followers they have.</source>
        <translation>هر نامزد یکی از چهار نوع است. نوع نشان می‌دهد آن شخص به چه کاری می‌آید، نه اینکه چند دنبال‌کننده دارد.</translation>
    </message>
    <message>
        <source>makes content for its own sake and knows one niche deeply. Their audience is loyal and their posts live long; they choose brands that fit their values.</source>
        <translation>محتوا را برای خود محتوا می‌سازد و یک حوزه را عمیق می‌شناسد. مخاطبانش وفادارند و پست‌هایش ماندگار است؛ برندهایی را می‌پذیرد که با ارزش‌هایش جور باشند.</translation>
    </message>
    <message>
        <source>builds a personal brand and talks with a large audience every day. Good for making a brand known; the fee grows with the reach, and stories are gone in a day.</source>
        <translation>برند شخصی می‌سازد و هر روز با مخاطبان زیادی در تعامل است. برای شناساندن برند مناسب است؛ هزینه با دسترسی بالا می‌رود و استوری‌ها یک‌روزه از بین می‌روند.</translation>
    </message>
    <message>
        <source>a key opinion leader: known for expertise (a doctor, a chef, an analyst), often in one city or country, and also on TV, radio or in print. Lends credibility; fails when they have never used the product.</source>
        <translation>رهبر افکار کلیدی: به‌خاطر تخصصش شناخته می‌شود (پزشک، آشپز، تحلیلگر)، اغلب در یک شهر یا کشور، و در تلویزیون، رادیو یا مطبوعات هم حضور دارد. اعتبار می‌بخشد؛ اما اگر هرگز از محصول استفاده نکرده باشد، نتیجه نمی‌دهد.</translation>
    </message>
    <message>
        <source>a key opinion consumer: an ordinary customer with a small following that trusts them. Cheap and convincing close to the sale, but with little reach.</source>
        <translation>مصرف‌کنندهٔ تأثیرگذار: مشتری معمولی با دنبال‌کنندگان اندکی که به او اعتماد دارند. ارزان و در لحظهٔ خرید قانع‌کننده، اما با دسترسی کم.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <source>The tier counts a channel&apos;s followers: %1 below %2, %3 from %2, %4 from %5 and %6 from %7 followers. The bounds are assumptions you can change (Campaign menu).</source>
        <translation>سطح هر کانال از روی دنبال‌کنندگانش تعیین می‌شود: %1 کمتر از %2، %3 از %2، %4 از %5 و %6 از %7 دنبال‌کننده. این مرزها فرض‌هایی‌اند که می‌توانید تغییرشان دهید (منوی کمپین).</translation>
    </message>
    <message>
        <source>Bigger is not always better: nano and micro accounts often win a campaign because they fit the product and keep their audience engaged.</source>
        <translation>بزرگ‌تر همیشه بهتر نیست: حساب‌های نانو و میکرو اغلب کمپین را موفق می‌کنند، چون با محصول جورند و تعامل مخاطبانشان را حفظ می‌کنند.</translation>
    </message>
    <message>
        <source>The two goals</source>
        <translation>دو هدف</translation>
    </message>
    <message>
        <source>reach as many real people in the target regions as the budget buys, counted as authentic reach and impressions. Mega and macro influencers and KOLs in the mass media serve it.</source>
        <translation>رسیدن به بیشترین افراد واقعی در مناطق هدف با همین بودجه، که با دسترسی واقعی و نمایش سنجیده می‌شود. اینفلوئنسرهای مگا و ماکرو و رهبران افکار در رسانه‌های جمعی به این هدف می‌خورند.</translation>
    </message>
    <message>
        <source>win a community through someone it already trusts, counted as authentic engagement from candidates of the target niches. Creators, micro and nano influencers, expert KOLs and KOCs serve it.</source>
        <translation>جلب یک جامعه از راه کسی که از قبل به او اعتماد دارد، که با تعامل واقعی نامزدهای حوزه‌های هدف سنجیده می‌شود. تولیدکنندگان محتوا، اینفلوئنسرهای میکرو و نانو، رهبران افکار متخصص و مصرف‌کنندگان تأثیرگذار به این هدف می‌خورند.</translation>
    </message>
    <message>
        <source>Most brands mix both. “Compare Goals…” plans the same budget for each goal, so you can see what one buys that the other does not.</source>
        <translation>بیشتر برندها هر دو را با هم به کار می‌گیرند. «مقایسهٔ هدف‌ها…» همان بودجه را برای هر هدف برنامه‌ریزی می‌کند تا ببینید هر کدام چه چیزی می‌دهد که دیگری نمی‌دهد.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>راهنمای مفاهیم</translation>
    </message>
</context>
<context>
    <name>planner::HelpActions</name>
    <message>
        <source>Getting &amp;Started</source>
        <translation>شروع کار</translation>
    </message>
    <message>
        <source>Shows the three first steps again</source>
        <translation>سه گام نخست را دوباره نشان می‌دهد</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>راهنمای مفاهیم</translation>
    </message>
    <message>
        <source>Explains creators, influencers, KOLs and KOCs, the tiers and the two goals</source>
        <translation>تولیدکنندهٔ محتوا، اینفلوئنسر، رهبر افکار و مصرف‌کنندهٔ تأثیرگذار، سطح‌ها و دو هدف را توضیح می‌دهد</translation>
    </message>
    <message>
        <source>&amp;About Campaign Planner</source>
        <translation>درباره Campaign Planner</translation>
    </message>
</context>
<context>
    <name>planner::ImportDialog</name>
    <message>
        <source>Importing candidates…</source>
        <translation>در حال وارد کردن نامزدها…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>وارد کردن لغو شد؛ هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <extracomment>A rejected row: file name, line, column, reason</extracomment>
        <translation>‏%1، سطر %2، ستون %3: %4</translation>
    </message>
    <message>
        <source>Import Candidates</source>
        <translation>وارد کردن نامزدها</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>&amp;When a candidate is already in the file (same platform and handle):</source>
        <translation>اگر نامزد از قبل در فایل باشد (همان پلتفرم و شناسه):</translation>
    </message>
    <message>
        <source>Keep the stored one</source>
        <translation>نسخهٔ ذخیره‌شده حفظ شود</translation>
    </message>
    <message>
        <source>Update it from the import</source>
        <translation>با داده‌های واردشده به‌روزرسانی شود</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <extracomment>Title of the file dialog that saves the import report</extracomment>
        <translation>ذخیرهٔ گزارش وارد کردن</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose under a column what it holds.</source>
        <translation>زیر سرستون، مشخص کنید آن ستون چه دارد.</translation>
    </message>
    <message>
        <source>Nothing in the file says which platform these candidates are on: choose it above.</source>
        <translation>در فایل نیامده که این نامزدها در کدام پلتفرم‌اند: آن را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>“%1” means no value: left empty</source>
        <extracomment>A preview cell: %1 its text (NULL, N/A, #NAME?)</extracomment>
        <translation>«%1» یعنی مقداری ندارد: خالی ماند</translation>
    </message>
    <message>
        <source>This row will not be imported: %1</source>
        <translation>این ردیف وارد نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Left empty: %1</source>
        <translation>خالی ماند: %1</translation>
    </message>
    <message>
        <source>If imported now: %1 new, %2 updated, %3 already stored (skipped), %4 rejected; values left empty: %5.</source>
        <extracomment>Before importing: what a dry run of the whole file found</extracomment>
        <translation>اگر اکنون وارد شود: %1 جدید، %2 به‌روزشده، %3 از قبل موجود (رد شده)، %4 نپذیرفته؛ مقدارهای خالی‌مانده: %5.</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3, rejected %4; values left empty: %5.</source>
        <extracomment>Import summary: counts of rows and of values left empty</extracomment>
        <translation>%1 وارد شد، %2 به‌روز شد، %3 رد شد، %4 پذیرفته نشد؛ مقدارهای خالی‌مانده: %5.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3, left empty: %4</source>
        <extracomment>A value left empty in an imported row: file name, line, column, reason</extracomment>
        <translation>%1، سطر %2، ستون %3، خالی ماند: %4</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column headers of the saved import report</extracomment>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>row rejected</source>
        <translation>ردیف پذیرفته نشد</translation>
    </message>
    <message>
        <source>value left empty</source>
        <translation>مقدار خالی ماند</translation>
    </message>
    <message>
        <source>%1. Choose under each column what it holds; the first rows are shown below, each value that will be left empty marked (hover it to see why).</source>
        <translation>%1. زیر هر ستون مشخص کنید چه دارد؛ ردیف‌های نخست در پایین آمده‌اند و هر مقداری که خالی می‌ماند علامت خورده است (برای دیدن دلیل، نشانگر را روی آن ببرید).</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>رمزگذاری:</translation>
    </message>
    <message>
        <source>Found from the file: %1</source>
        <extracomment>%1 the encoding found (UTF-8)</extracomment>
        <translation>تشخیص از فایل: %1</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>جداکننده:</translation>
    </message>
    <message>
        <source>Found from the file: “%1”</source>
        <extracomment>%1 the separator found (, ; or tab)</extracomment>
        <translation>تشخیص از فایل: «%1»</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>پلتفرم:</translation>
    </message>
    <message>
        <source>As the file says (rows that do not say it are rejected)</source>
        <translation>همان که فایل می‌گوید (ردیف‌هایی که نگویند پذیرفته نمی‌شوند)</translation>
    </message>
    <message>
        <source>Choose the platform…</source>
        <translation>پلتفرم را انتخاب کنید…</translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation>ذخیرهٔ گزارش به صورت CSV…</translation>
    </message>
    <message>
        <source>This workbook has several sheets: choose the one to &amp;import:</source>
        <translation>این کاربرگ چند برگه دارد؛ برگه‌ای را که باید وارد شود انتخاب کنید:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <source>%1 — sheet “%2”. Numbers, percentages and dates are taken as the workbook types them. Choose under each column what it holds; the first rows are shown below.</source>
        <translation>%1 — برگهٔ «%2». عددها، درصدها و تاریخ‌ها همان‌طور که در کاربرگ نوع‌بندی شده‌اند خوانده می‌شوند. زیر هر ستون مشخص کنید چه دارد؛ چند ردیف اول در پایین نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <extracomment>A rejected row of a workbook: file name, sheet and cell (&apos;Sheet1&apos;!D14), reason</extracomment>
        <translation>%1، خانهٔ %2: %3</translation>
    </message>
    <message>
        <source>%1, cell %2, left empty: %3</source>
        <extracomment>A value left empty in a workbook&apos;s row: file name, sheet and cell (&apos;Sheet1&apos;!D14), reason</extracomment>
        <translation>%1، خانهٔ %2، خالی ماند: %3</translation>
    </message>
    <message>
        <source>Checking the whole file…</source>
        <translation>در حال بررسی کل فایل…</translation>
    </message>
    <message>
        <source>The check of the whole file was cancelled, so what an import would do is not known. Change any choice above to check again, or import anyway.</source>
        <translation>بررسی کل فایل لغو شد، پس معلوم نیست وارد کردن چه نتیجه‌ای دارد. برای بررسی دوباره یکی از گزینه‌های بالا را تغییر دهید، یا در هر حال وارد کنید.</translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>Campaign Planner</source>
        <translation>Campaign Planner</translation>
    </message>
    <message>
        <source>%1 — Campaign Planner</source>
        <translation>فایل %1 — Campaign Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; keep it recognisable in every language</extracomment>
        <translation>زبان (Language)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;New Campaign Database…</source>
        <translation>ایجاد پایگاه داده کمپین…</translation>
    </message>
    <message>
        <source>Creates an empty campaign database file</source>
        <translation>یک فایل خالی پایگاه داده کمپین می‌سازد</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>Opens a campaign database file</source>
        <translation>یک فایل پایگاه داده کمپین را باز می‌کند</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <source>Saves a copy of this database under a new name and continues in the copy</source>
        <translation>نسخه‌ای از این پایگاه داده را با نام تازه ذخیره می‌کند و کار را در همان نسخه ادامه می‌دهد</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>افزودن نامزد…</translation>
    </message>
    <message>
        <source>Adds a content creator, influencer, KOL or KOC</source>
        <translation>یک تولیدکننده محتوا، اینفلوئنسر، رهبر افکار (KOL) یا مصرف‌کننده تأثیرگذار (KOC) اضافه می‌کند</translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation>ویرایش نامزد…</translation>
    </message>
    <message>
        <source>Edits the selected candidate and their channels</source>
        <translation>نامزد انتخاب‌شده و کانال‌هایش را ویرایش می‌کند</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation>حذف نامزد</translation>
    </message>
    <message>
        <source>Deletes the selected candidate and all their channels</source>
        <translation>نامزد انتخاب‌شده و همه کانال‌هایش را حذف می‌کند</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>جستجو…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 says what would be undone, e.g. &quot;delete “Nguyễn Thu Hà”&quot;</extracomment>
        <translation>برگرداندن %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 says what would be redone</extracomment>
        <translation>انجام دوباره %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>New Campaign Database</source>
        <translation>پایگاه داده کمپین جدید</translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite)</source>
        <translation>پایگاه‌های داده کمپین (*.sqlite)</translation>
    </message>
    <message>
        <source>The file “%1” cannot be replaced.</source>
        <translation>فایل «%1» را نمی‌توان جایگزین کرد.</translation>
    </message>
    <message>
        <source>Open Campaign Database</source>
        <translation>باز کردن پایگاه داده کمپین</translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite *.db)</source>
        <translation>پایگاه‌های داده کمپین (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Save Campaign Database As</source>
        <translation>ذخیره پایگاه داده کمپین با نام دیگر</translation>
    </message>
    <message>
        <source>Add Candidate</source>
        <translation>افزودن نامزد</translation>
    </message>
    <message>
        <source>Edit Candidate</source>
        <translation>ویرایش نامزد</translation>
    </message>
    <message>
        <source>Delete Candidate</source>
        <translation>حذف نامزد</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>نمایش نمودارها</translation>
    </message>
    <message>
        <source>Shows or hides the charts beside the shortlist</source>
        <translation>نمودارهای کنار فهرست کوتاه را نشان می‌دهد یا پنهان می‌کند</translation>
    </message>
    <message>
        <source>&amp;Import Candidates…</source>
        <translation>وارد کردن نامزدها…</translation>
    </message>
    <message>
        <source>Import Candidates</source>
        <translation>وارد کردن نامزدها</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>فایل‌های CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>نامزدها</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>Iranian Amounts in &amp;Toman</source>
        <translation>نمایش مبالغ به تومان</translation>
    </message>
    <message>
        <source>Shows and takes rial amounts in toman (ten rial); the file keeps rial</source>
        <translation>مبالغ ریالی را به تومان (ده ریال) نشان می‌دهد و می‌گیرد؛ پرونده همچنان به ریال ذخیره می‌شود</translation>
    </message>
    <message>
        <source>Adds candidates from a CSV file or an Excel or LibreOffice workbook: platform exports or colleagues&apos; sheets</source>
        <translation>نامزدها را از فایل CSV یا کاربرگ Excel یا LibreOffice اضافه می‌کند: خروجی پلتفرم‌ها یا جدول‌های همکاران</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.xlsx *.ods *.xml)</source>
        <translation>فایل‌های CSV و کاربرگ‌ها (*.csv *.txt *.tsv *.xlsx *.ods *.xml)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.ods *.xml)</source>
        <translation>کاربرگ‌ها (*.xlsx *.ods *.xml)</translation>
    </message>
</context>
<context>
    <name>planner::PlanDialog</name>
    <message>
        <source>Compare goals — %1</source>
        <translation>مقایسهٔ هدف‌ها — %1</translation>
    </message>
    <message>
        <source>Suggested shortlist — %1</source>
        <translation>فهرست کوتاه پیشنهادی — %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>نامزد</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Authentic reach</source>
        <translation>دسترسی واقعی</translation>
    </message>
    <message>
        <source>Authentic engagements</source>
        <translation>تعامل‌های واقعی</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (قفل‌شده)</translation>
    </message>
    <message>
        <source>&amp;Use This Plan</source>
        <translation>استفاده از این طرح</translation>
    </message>
    <message>
        <source>Replaces the unlocked entries of the shortlist with this plan (undoable)</source>
        <translation>موارد قفل‌نشدهٔ فهرست کوتاه را با این طرح جایگزین می‌کند (قابل برگرداندن)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>Heading of a suggested plan; %1 is the goal</extracomment>
        <translation>هدف: %1</translation>
    </message>
    <message>
        <source>No shortlist fits: %1</source>
        <translation>هیچ فهرست کوتاهی با این شرایط جور نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Authentic reach in the target regions: %1</source>
        <translation>دسترسی واقعی در مناطق هدف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidates · cost %1 of %2</source>
        <translation>
            <numerusform>%Ln نامزد · هزینه %1 از %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique reach %1 · impressions %2 · engagements %3</source>
        <translation>دسترسی یکتا %1 · نمایش %2 · تعامل %3</translation>
    </message>
    <message>
        <source>No other shortlist within the budget brings more.</source>
        <translation>هیچ فهرست کوتاه دیگری در حد این بودجه نتیجهٔ بیشتری نمی‌دهد.</translation>
    </message>
    <message>
        <source>At most %1 below the best possible shortlist.</source>
        <translation>حداکثر %1 کمتر از بهترین فهرست کوتاه ممکن.</translation>
    </message>
    <message>
        <source>Authentic engagements in the target niches and regions: %1</source>
        <translation>تعامل واقعی در حوزه‌ها و مناطق هدف: %1</translation>
    </message>
</context>
<context>
    <name>planner::ProjectionQualityChart</name>
    <message>
        <source>No completed campaign has results yet: enter them under Campaign ▸ Results…, mark the campaign completed, and each delivered entry shows here.</source>
        <translation>هنوز هیچ کمپین پایان‌یافته‌ای نتیجه ندارد: نتایج را در کمپین ▸ نتایج… وارد کنید، کمپین را پایان‌یافته علامت بزنید، و هر مورد منتشرشده اینجا دیده می‌شود.</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <source>Actual = projected</source>
        <translation>واقعی = پیش‌بینی</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: typical error %3 (%Ln entries)</source>
        <extracomment>%1 platform, %2 tier, %3 typical error (a percentage), %4 how many entries</extracomment>
        <translation>
            <numerusform>%1 · %2: خطای معمول %3 (%Ln مورد)</numerusform>
        </translation>
    </message>
    <message>
        <source>results ran %1 above the projections</source>
        <extracomment>Appended to a typical error line: %1 a percentage</extracomment>
        <translation>نتایج %1 بالاتر از پیش‌بینی‌ها بود</translation>
    </message>
    <message>
        <source>results ran %1 below the projections</source>
        <translation>نتایج %1 پایین‌تر از پیش‌بینی‌ها بود</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>معیار:</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>ایمپرشن</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>تعامل</translation>
    </message>
</context>
<context>
    <name>planner::RangeFilterRow</name>
    <message>
        <source>No exchange rate for this currency in the file</source>
        <translation>نرخ تبدیلی برای این ارز در پرونده نیست</translation>
    </message>
    <message>
        <source>%1 left out: figure unknown</source>
        <extracomment>After the range filters: rows hidden because a figure a range bounds is not known</extracomment>
        <translation>%1 کنار گذاشته شد: رقم نامعلوم</translation>
    </message>
    <message>
        <source>Followers:</source>
        <translation>دنبال‌کنندگان:</translation>
    </message>
    <message>
        <source>Engagement %:</source>
        <translation>تعامل ٪:</translation>
    </message>
    <message>
        <source>Avg. views:</source>
        <translation>میانگین بازدید:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <extracomment>%1 the campaign&apos;s currency code, in which fees are typed and compared</extracomment>
        <translation>هزینه:</translation>
    </message>
    <message>
        <source>Fee (%1):</source>
        <translation>هزینه (%1):</translation>
    </message>
    <message>
        <source>Authenticity %:</source>
        <translation>اصالت ٪:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Inclusive; numbers as you write them: 15K, 1,2 jt, 3,5 %. A candidate whose figure is unknown is left out.</source>
        <extracomment>Tooltip of the range fields; the examples are typed values</extracomment>
        <translation>شامل خود حدها؛ عدد را همان‌طور که می‌نویسید وارد کنید: ۱۵ هزار، ۱٫۲ میلیون، ۳٫۵٪. نامزدی که رقمش نامعلوم است کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>Clears every range of More filters</source>
        <translation>همهٔ بازه‌های «فیلترهای بیشتر» را پاک می‌کند</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هر زبانی</translation>
    </message>
    <message>
        <source>Channels that post in any of the ticked languages; a channel whose languages are unknown is left out.</source>
        <translation>کانال‌هایی که به هر یک از زبان‌های انتخاب‌شده محتوا می‌گذارند؛ کانالی که زبانش معلوم نیست کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>CPM (%1):</source>
        <extracomment>%1 the open campaign&apos;s currency code; CPM: cost per thousand impressions, projected (the next label, CPE: cost per engagement, projected)</extracomment>
        <translation>CPM پیش‌بینی (%1):</translation>
    </message>
    <message>
        <source>CPM:</source>
        <translation>CPM پیش‌بینی:</translation>
    </message>
    <message>
        <source>CPE (%1):</source>
        <translation>CPE پیش‌بینی (%1):</translation>
    </message>
    <message>
        <source>CPE:</source>
        <translation>CPE پیش‌بینی:</translation>
    </message>
    <message>
        <source>Projected for the open campaign: one post, video or appearance at the listed fee (else the tier&apos;s default), in %1. A candidate whose cost, impressions or engagements cannot be projected is left out.</source>
        <translation>پیش‌بینی برای کمپین باز: یک پست، ویدیو یا حضور با هزینهٔ اعلام‌شده (وگرنه هزینهٔ پیش‌فرض آن رده)، به %1. نامزدی که هزینه، نمایش یا تعامل او را نمی‌توان پیش‌بینی کرد کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>Choose a campaign: CPM and CPE are projected for it.</source>
        <translation>یک کمپین انتخاب کنید: CPM و CPE برای آن پیش‌بینی می‌شوند.</translation>
    </message>
</context>
<context>
    <name>planner::ReadOnlyGuard</name>
    <message>
        <source>View only</source>
        <extracomment>Status bar, when the user may only read the team database</extracomment>
        <translation>فقط مشاهده</translation>
    </message>
    <message>
        <source>You can only view this team database; ask its owner for the planner role.</source>
        <translation>شما فقط می‌توانید این پایگاه دادهٔ تیم را ببینید؛ از مالک آن نقش برنامه‌ریز را بخواهید.</translation>
    </message>
</context>
<context>
    <name>planner::ReportActions</name>
    <message>
        <source>Media Plan &amp;Report…</source>
        <translation>گزارش برنامهٔ رسانه‌ای…</translation>
    </message>
    <message>
        <source>Writes the campaign&apos;s media plan for the client as a PDF or an HTML file, in the language you choose</source>
        <translation>برنامهٔ رسانه‌ای کمپین را برای مشتری به صورت فایل PDF یا HTML و به زبانی که برمی‌گزینید می‌نویسد</translation>
    </message>
    <message>
        <source>Media plan report</source>
        <translation>گزارش برنامهٔ رسانه‌ای</translation>
    </message>
    <message>
        <source>The report&apos;s language:</source>
        <translation>زبان گزارش:</translation>
    </message>
    <message>
        <source>%1 media plan.pdf</source>
        <extracomment>the file name a report is offered under; %1 campaign name</extracomment>
        <translation>%1 برنامهٔ رسانه‌ای.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML for mail and intranets (*.html)</source>
        <translation>PDF (*.pdf);;HTML برای ایمیل و اینترانت (*.html)</translation>
    </message>
    <message>
        <source>Media plan report written to %1</source>
        <translation>گزارش برنامهٔ رسانه‌ای در %1 نوشته شد</translation>
    </message>
    <message>
        <source>The title on the cover, as the client should read it (empty: &quot;Media plan&quot;):</source>
        <translation>عنوان روی جلد، همان‌طور که مشتری می‌خواند (خالی: «برنامهٔ رسانه‌ای»):</translation>
    </message>
</context>
<context>
    <name>planner::ResultActions</name>
    <message>
        <source>&amp;Results…</source>
        <translation>نتایج…</translation>
    </message>
    <message>
        <source>Enters or imports what each delivered post really did, and marks the campaign completed</source>
        <translation>نتیجهٔ واقعی هر پست را وارد یا درون‌ریزی می‌کند و کمپین را پایان‌یافته علامت می‌زند</translation>
    </message>
    <message>
        <source>How Good Are Our &amp;Projections?…</source>
        <translation>پیش‌بینی‌های ما چقدر درست است؟…</translation>
    </message>
    <message>
        <source>Shows the projected against the actual figures of every completed campaign</source>
        <translation>عددهای پیش‌بینی‌شده را در برابر عددهای واقعی همهٔ کمپین‌های پایان‌یافته نشان می‌دهد</translation>
    </message>
    <message>
        <source>How Good Are Our Projections?</source>
        <translation>پیش‌بینی‌های ما چقدر درست است؟</translation>
    </message>
</context>
<context>
    <name>planner::ResultStore</name>
    <message>
        <source>a date is needed</source>
        <translation>تاریخ لازم است</translation>
    </message>
    <message>
        <source>must not be below zero</source>
        <translation>نباید کمتر از صفر باشد</translation>
    </message>
    <message>
        <source>must be an amount not below zero in a known currency</source>
        <translation>باید مبلغی نامنفی به یک ارز شناخته‌شده باشد</translation>
    </message>
    <message>
        <source>the shortlist entry does not exist</source>
        <translation>این ردیف فهرست کوتاه وجود ندارد</translation>
    </message>
    <message>
        <source>The result could not be saved.</source>
        <translation>نتیجه ذخیره نشد.</translation>
    </message>
    <message>
        <source>The results could not be saved.</source>
        <translation>نتایج ذخیره نشد.</translation>
    </message>
    <message>
        <source>The result could not be removed.</source>
        <translation>نتیجه حذف نشد.</translation>
    </message>
    <message>
        <source>The results could not be read.</source>
        <translation>نتایج خوانده نشد.</translation>
    </message>
    <message>
        <source>The shortlist could not be read.</source>
        <translation>فهرست کوتاه خوانده نشد.</translation>
    </message>
    <message>
        <source>The campaign could not be marked completed.</source>
        <translation>کمپین به‌عنوان تمام‌شده علامت نخورد.</translation>
    </message>
    <message>
        <source>The campaign could not be reopened.</source>
        <translation>کمپین دوباره باز نشد.</translation>
    </message>
</context>
<context>
    <name>planner::ResultsDialog</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A shortlist entry: name · platform · format</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Row %1, %2: “%3” is not a number of zero or more; the cell keeps its value.</source>
        <extracomment>%1 the row number, %2 the column, %3 what was typed</extracomment>
        <translation>ردیف %1، %2: «%3» عددی صفر یا بیشتر نیست؛ خانه مقدار قبلی‌اش را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>درون‌ریزی نتایج</translation>
    </message>
    <message>
        <source>Post insights (*.csv *.txt *.xlsx *.ods *.xml);;All files (*)</source>
        <translation>آمار پست‌ها (*.csv *.txt *.xlsx *.ods *.xml);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Importing results…</source>
        <translation>در حال درون‌ریزی نتایج…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>درون‌ریزی لغو شد: چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>%1 results imported, %2 rows refused.</source>
        <extracomment>After an import of results: how many rows were stored and refused</extracomment>
        <translation>%1 نتیجه درون‌ریزی شد، %2 ردیف پذیرفته نشد.</translation>
    </message>
    <message>
        <source>Results of “%1”</source>
        <extracomment>Window title: %1 the campaign&apos;s name</extracomment>
        <translation>نتایج «%1»</translation>
    </message>
    <message>
        <source>What each delivered post or video really did, as the platform&apos;s insights report it. Type the figures into the table (an empty cell is a figure you do not have) or import a post-insights export. Results of completed campaigns teach the assumptions.</source>
        <translation>آنچه هر پست یا ویدیوی منتشرشده واقعاً به دست آورد، همان‌طور که آمار پلتفرم نشان می‌دهد. عددها را در جدول بنویسید (خانهٔ خالی یعنی عددی که ندارید) یا خروجی آمار پست‌ها را درون‌ریزی کنید. نتایج کمپین‌های پایان‌یافته فرض‌ها را اصلاح می‌کنند.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>برای:</translation>
    </message>
    <message>
        <source>&amp;Add Result</source>
        <translation>افزودن نتیجه</translation>
    </message>
    <message>
        <source>&amp;Remove Result</source>
        <translation>حذف نتیجه</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>درون‌ریزی فایل…</translation>
    </message>
    <message>
        <source>Campaign &amp;completed on</source>
        <translation>کمپین پایان یافت در</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>منتشرشده توسط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>ایمپرشن</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>لایک</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>کامنت</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>اشتراک‌گذاری</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>کلیک</translation>
    </message>
    <message>
        <source>Fee paid (%1)</source>
        <extracomment>Column: the fee actually paid, %1 the campaign&apos;s currency</extracomment>
        <translation>هزینهٔ پرداختی (%1)</translation>
    </message>
</context>
<context>
    <name>planner::SavedViewsButton</name>
    <message>
        <source>Save View</source>
        <translation>ذخیرهٔ نما</translation>
    </message>
    <message>
        <source>Name of the view (filters, sort and columns as shown now; kept in the file):</source>
        <translation>نام نما (فیلترها، مرتب‌سازی و ستون‌ها همان‌طور که اکنون نمایش داده می‌شوند؛ در پرونده نگه داشته می‌شود):</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>حذف نما</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>ذخیرهٔ نما…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>نماها</translation>
    </message>
    <message>
        <source>Saved views: a named filter, sort and column set, kept in the file</source>
        <translation>نماهای ذخیره‌شده: فیلتر، مرتب‌سازی و ستون‌های نام‌دار، نگه‌داشته در پرونده</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistChart</name>
    <message>
        <source>Put candidates on the shortlist to compare them here.</source>
        <translation>نامزدها را به فهرست کوتاه اضافه کنید تا اینجا با هم مقایسه شوند.</translation>
    </message>
    <message>
        <source>Each measure as a share of its largest entry</source>
        <translation>هر شاخص به‌صورت سهمی از بیشترین مقدار خود</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistMeasuresView</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 candidate name, %2 platform: a bar of the shortlist chart</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The shortlist of “%1”, measure by measure</source>
        <extracomment>%1 campaign name</extracomment>
        <translation>فهرست کوتاه «%1»، سنجه به سنجه</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistSuggestRunner</name>
    <message>
        <source>Suggest shortlist</source>
        <translation>پیشنهاد فهرست کوتاه</translation>
    </message>
    <message>
        <source>Compare goals</source>
        <translation>مقایسهٔ هدف‌ها</translation>
    </message>
    <message>
        <source>Weighing every candidate against the budget…</source>
        <translation>در حال سنجیدن همهٔ نامزدها با بودجه…</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistTableModel</name>
    <message>
        <source>(deleted candidate)</source>
        <translation>(نامزد حذف‌شده)</translation>
    </message>
    <message>
        <source>no exchange rate</source>
        <translation>بدون نرخ ارز</translation>
    </message>
    <message>
        <source>This candidate has no %1 channel any more: the entry counts for nothing.</source>
        <translation>این نامزد دیگر کانالی در %1 ندارد: این مورد در محاسبه منظور نمی‌شود.</translation>
    </message>
    <message>
        <source>Declined: stays on the shortlist but counts for nothing.</source>
        <translation>نپذیرفته: در فهرست کوتاه می‌ماند اما در محاسبه منظور نمی‌شود.</translation>
    </message>
    <message>
        <source>Locked entries stay as they are when a shortlist is suggested.</source>
        <translation>موارد قفل‌شده هنگام پیشنهاد فهرست کوتاه دست نمی‌خورند.</translation>
    </message>
    <message>
        <source>No exchange rate from the fee&apos;s currency to %1: add one under Assumptions.</source>
        <translation>نرخ ارزی از واحد پول این هزینه به %1 ثبت نشده است: آن را در «فرض‌ها» اضافه کنید.</translation>
    </message>
    <message>
        <source>the assumed reach rate (%1 per deliverable), as average views are unknown</source>
        <translation>نرخ دسترسی فرضی (%1 برای هر محتوای تحویلی)، چون میانگین بازدید معلوم نیست</translation>
    </message>
    <message>
        <source>the tier&apos;s default authenticity (%1 real followers)</source>
        <translation>اصالت پیش‌فرض سطح (%1 دنبال‌کنندگان واقعی)</translation>
    </message>
    <message>
        <source>the tier&apos;s default engagement rate</source>
        <translation>نرخ تعامل پیش‌فرض سطح</translation>
    </message>
    <message>
        <source>the tier&apos;s default fee, as no fee is listed</source>
        <translation>هزینهٔ پیش‌فرض سطح، چون هزینه‌ای ثبت نشده است</translation>
    </message>
    <message>
        <source>Rests on defaults, not on this candidate&apos;s own data:
%1</source>
        <extracomment>%1 is a list of assumptions, one per line</extracomment>
        <translation>بر پایهٔ مقادیر پیش‌فرض است، نه داده‌های خود این نامزد:
%1</translation>
    </message>
    <message>
        <source>Real people reached at least once (fake followers left out)</source>
        <translation>افراد واقعی که دست‌کم یک بار محتوا را دیده‌اند (بدون دنبال‌کنندگان جعلی)</translation>
    </message>
    <message>
        <source>Views of all deliverables together</source>
        <translation>مجموع بازدید همهٔ محتواهای تحویلی</translation>
    </message>
    <message>
        <source>Cost per thousand impressions</source>
        <translation>هزینه به ازای هر هزار نمایش</translation>
    </message>
    <message>
        <source>Cost per engagement</source>
        <translation>هزینه به ازای هر تعامل</translation>
    </message>
    <message>
        <source>Earned media value: what the impressions would cost as ads at the benchmark CPM</source>
        <translation>ارزش رسانه‌ای کسب‌شده: هزینهٔ خرید همین تعداد نمایش به‌صورت تبلیغ با CPM مرجع</translation>
    </message>
    <message>
        <source>Fee per deliverable: the agreed fee when set, else the listed one</source>
        <translation>هزینهٔ هر محتوای تحویلی: هزینهٔ توافق‌شده اگر تعیین شده باشد، وگرنه هزینهٔ اعلام‌شده</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>نامزد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>Number of deliverables</extracomment>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>دسترسی یکتا</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینهٔ کل</translation>
    </message>
    <message>
        <source>CPM</source>
        <extracomment>Cost per mille (thousand impressions)</extracomment>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPE</source>
        <extracomment>Cost per engagement</extracomment>
        <translation>CPE</translation>
    </message>
    <message>
        <source>EMV</source>
        <extracomment>Earned media value</extracomment>
        <translation>EMV</translation>
    </message>
    <message>
        <source>%1: no exchange rate to %2, so it is shown as listed.</source>
        <extracomment>%1 an amount in another currency, %2 the campaign&apos;s currency code</extracomment>
        <translation>%1: نرخ ارزی به %2 ثبت نشده است، پس همان‌طور که اعلام شده نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Listed as %1; converted to %2 with the file&apos;s exchange rates.</source>
        <extracomment>%1 the original amount (in another currency), %2 the campaign&apos;s currency code</extracomment>
        <translation>مبلغ اعلام‌شده %1 است؛ با نرخ‌های ارز این پرونده به %2 تبدیل شده است.</translation>
    </message>
    <message>
        <source>No CPM: the cost is unknown (no exchange rate for the fee&apos;s currency).</source>
        <translation>CPM ندارد: هزینه معلوم نیست (برای واحد پول این هزینه نرخ ارزی ثبت نشده است).</translation>
    </message>
    <message>
        <source>No CPE: the cost is unknown (no exchange rate for the fee&apos;s currency).</source>
        <translation>CPE ندارد: هزینه معلوم نیست (برای واحد پول این هزینه نرخ ارزی ثبت نشده است).</translation>
    </message>
    <message>
        <source>No CPM: the fee is zero, so a cost per thousand impressions is undefined, not free.</source>
        <translation>CPM ندارد: هزینه صفر است، پس هزینه به ازای هر هزار نمایش تعریف‌نشده است، نه رایگان.</translation>
    </message>
    <message>
        <source>No CPE: the fee is zero, so a cost per engagement is undefined, not free.</source>
        <translation>CPE ندارد: هزینه صفر است، پس هزینه به ازای هر تعامل تعریف‌نشده است، نه رایگان.</translation>
    </message>
    <message>
        <source>No CPM: no impressions are projected.</source>
        <translation>CPM ندارد: هیچ نمایشی پیش‌بینی نشده است.</translation>
    </message>
    <message>
        <source>No CPE: no engagements are projected.</source>
        <translation>CPE ندارد: هیچ تعاملی پیش‌بینی نشده است.</translation>
    </message>
    <message>
        <source>The follower count and the average views of this channel are unknown: it has no tier, and its reach and engagements are not projected (left out of the totals).</source>
        <translation>تعداد دنبال‌کنندگان و میانگین بازدید این کانال نامعلوم است: سطحی ندارد و دسترسی و تعاملش برآورد نمی‌شود (در جمع‌ها حساب نمی‌شود).</translation>
    </message>
    <message>
        <source>The follower count of this channel is unknown: it has no tier; its reach is the average views of one piece of content and its engagements apply its own engagement rate to those views.</source>
        <translation>تعداد دنبال‌کنندگان این کانال نامعلوم است: سطحی ندارد؛ دسترسی آن میانگین بازدید یک محتواست و تعاملش از نرخ تعامل خود کانال روی همان بازدیدها به دست می‌آید.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>هزینه نامشخص است: تعرفه‌ای ثبت یا توافق نشده است.</translation>
    </message>
</context>
<context>
    <name>planner::SuggestOptionsDialog</name>
    <message>
        <source>Suggest shortlist</source>
        <translation>پیشنهاد فهرست کوتاه</translation>
    </message>
    <message>
        <source>The suggestion gets the most out of the budget for the campaign&apos;s goal. Locked entries stay as they are; declined candidates are left out; every other entry may be replaced.</source>
        <translation>پیشنهاد، بیشترین نتیجه را از بودجه برای هدف کمپین می‌گیرد. موارد قفل‌شده دست نمی‌خورند؛ نامزدهایی که نپذیرفته‌اند کنار گذاشته می‌شوند؛ هر مورد دیگری ممکن است جایگزین شود.</translation>
    </message>
    <message>
        <source>At most this share of the budget per candidate:</source>
        <translation>حداکثر سهم بودجه برای هر نامزد:</translation>
    </message>
    <message>
        <source>At least this many of each kind:</source>
        <translation>حداقل تعداد از هر نوع:</translation>
    </message>
    <message>
        <source>Only candidates with a brand fit of at least:</source>
        <translation>فقط نامزدهایی با تناسب با برند دست‌کم:</translation>
    </message>
    <message>
        <source>Candidates not rated for this campaign are left out too; locked ones stay</source>
        <translation>نامزدهایی که برای این کمپین ارزیابی نشده‌اند هم کنار گذاشته می‌شوند؛ نامزدهای قفل‌شده می‌مانند</translation>
    </message>
    <message>
        <source>Candidates who worked with a competitor recently are left out unless locked.</source>
        <translation>نامزدهایی که به‌تازگی با رقیب همکاری کرده‌اند کنار گذاشته می‌شوند، مگر قفل شده باشند.</translation>
    </message>
</context>
<context>
    <name>planner::TeamChangeWatch</name>
    <message>
        <source>Connection to the team database lost; reconnecting…</source>
        <translation>اتصال به پایگاه داده‌ی تیم قطع شد؛ در حال اتصال دوباره…</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>دوباره وصل شد</translation>
    </message>
</context>
<context>
    <name>planner::TeamDatabaseActions</name>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>اتصال به پایگاه داده‌ی تیم…</translation>
    </message>
    <message>
        <source>Opens the team&apos;s shared candidates and campaigns on a PostgreSQL server</source>
        <translation>نامزدها و کمپین‌های مشترک تیم را از سرور PostgreSQL باز می‌کند</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>اتصال به پایگاه داده‌ی تیم</translation>
    </message>
    <message>
        <source>Password for the Team Database</source>
        <extracomment>%1 user@server/database</extracomment>
        <translation>گذرواژهٔ پایگاه داده‌ی تیم</translation>
    </message>
    <message>
        <source>Password of %1 (not saved):</source>
        <translation>گذرواژهٔ %1 (ذخیره نمی‌شود):</translation>
    </message>
</context>
<context>
    <name>planner::TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>اتصال به پایگاه داده‌ی تیم</translation>
    </message>
    <message>
        <source>Work on the team&apos;s shared candidate list and campaigns on a PostgreSQL server. Ask whoever runs the server for these details.</source>
        <translation>روی فهرست مشترک نامزدها و کمپین‌های تیم در سرور PostgreSQL کار کنید. این اطلاعات را از مسئول سرور بپرسید.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <source>e.g. db.agency.local</source>
        <translation>مثلاً db.agency.local</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>درگاه (پورت):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>&amp;Secure connection (TLS):</source>
        <translation>اتصال امن (TLS):</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>خاموش (فقط در شبکهٔ مطمئن)</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>هر وقت سرور پشتیبانی کند</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>همیشه (رمزگذاری‌شده)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>همیشه، همراه با بررسی گواهی سرور</translation>
    </message>
    <message>
        <source>Your password is never saved by Campaign Planner: it is read from your password file (~/.pgpass) when you have one, otherwise you are asked for it each time you connect.</source>
        <translation>Campaign Planner هرگز گذرواژهٔ شما را ذخیره نمی‌کند: اگر فایل گذرواژه (⁦~/.pgpass⁩) داشته باشید از آن خوانده می‌شود، وگرنه هر بار هنگام اتصال پرسیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>planner::WelcomeDialog</name>
    <message>
        <source>Welcome to Campaign Planner</source>
        <translation>به Campaign Planner خوش آمدید</translation>
    </message>
    <message>
        <source>Look through the candidates in the list: demo creators, influencers, KOLs and KOCs. Add your own (Edit &gt; Add Candidate…) or bring in a sheet (File &gt; Import Candidates…).</source>
        <translation>نامزدهای فهرست را مرور کنید: نمونه‌هایی از تولیدکنندهٔ محتوا، اینفلوئنسر، رهبر افکار و مصرف‌کنندهٔ تأثیرگذار. نامزدهای خودتان را اضافه کنید (ویرایش &gt; افزودن نامزد…) یا از یک فایل جدول وارد کنید (فایل &gt; وارد کردن نامزدها…).</translation>
    </message>
    <message>
        <source>Make a campaign with Campaign &gt; New Campaign…: its goal, budget, niches and regions.</source>
        <translation>با کمپین &gt; کمپین جدید… یک کمپین بسازید: هدف، بودجه، حوزه‌ها و مناطق آن را تعیین کنید.</translation>
    </message>
    <message>
        <source>Press “Suggest Shortlist…” for the candidates that bring the most for the budget, or add them yourself; the charts beside the shortlist compare them.</source>
        <translation>«پیشنهاد فهرست کوتاه…» را بزنید تا نامزدهایی که بیشترین بازده را برای بودجه دارند انتخاب شوند، یا خودتان اضافه‌شان کنید؛ نمودارهای کنار فهرست کوتاه آن‌ها را مقایسه می‌کنند.</translation>
    </message>
    <message>
        <source>Three steps to a first plan:</source>
        <translation>سه گام تا نخستین برنامه:</translation>
    </message>
    <message>
        <source>Not sure how a KOL differs from an influencer? The Guide explains the kinds, tiers and goals (Help &gt; Guide).</source>
        <translation>مطمئن نیستید رهبر افکار با اینفلوئنسر چه فرقی دارد؟ راهنمای مفاهیم انواع، سطح‌ها و هدف‌ها را توضیح می‌دهد (راهنما &gt; راهنمای مفاهیم).</translation>
    </message>
    <message>
        <source>Open the &amp;Guide</source>
        <translation>باز کردن راهنمای مفاهیم</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>شروع</translation>
    </message>
</context>
</TS>
