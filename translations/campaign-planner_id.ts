<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AdoptAssumptionCommand</name>
    <message>
        <source>Adopt own history for %1</source>
        <extracomment>Undo menu: %1 the assumption adopted from the team&apos;s own history</extracomment>
        <translation>Pakai riwayat sendiri untuk %1</translation>
    </message>
</context>
<context>
    <name>AssumptionLabels</name>
    <message>
        <source>Reach rate</source>
        <translation>Tingkat jangkauan</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tingkat interaksi</translation>
    </message>
    <message>
        <source>Default fee</source>
        <translation>Tarif bawaan</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Keaslian</translation>
    </message>
    <message>
        <source>Benchmark CPM</source>
        <translation>CPM acuan</translation>
    </message>
    <message>
        <source>Weight of kind</source>
        <translation>Bobot jenis</translation>
    </message>
    <message>
        <source>Tier starts at</source>
        <translation>Tingkat mulai dari</translation>
    </message>
    <message>
        <source>share of followers</source>
        <translation>porsi pengikut</translation>
    </message>
    <message>
        <source>share of audience</source>
        <translation>porsi audiens</translation>
    </message>
    <message>
        <source>% real followers</source>
        <translation>% pengikut asli</translation>
    </message>
    <message>
        <source>% of followers</source>
        <translation>% dari pengikut</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>bobot</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>pengikut</translation>
    </message>
    <message>
        <source>Weight of brand fit</source>
        <translation>Bobot kecocokan merek</translation>
    </message>
    <message>
        <source>share per star</source>
        <translation>porsi per bintang</translation>
    </message>
    <message>
        <source>Weight of a language mismatch</source>
        <translation>Bobot ketidakcocokan bahasa</translation>
    </message>
    <message>
        <source>share of goal fit</source>
        <translation>porsi kecocokan tujuan</translation>
    </message>
</context>
<context>
    <name>AssumptionLearner</name>
    <message>
        <source>own history, %1 deliveries, %2</source>
        <extracomment>The source of an assumption adopted from the team&apos;s completed campaigns. %1 how many delivered posts or videos it rests on, %2 the day it was adopted.</extracomment>
        <translation>riwayat sendiri, %1 konten tayang, %2</translation>
    </message>
</context>
<context>
    <name>BrandFit</name>
    <message>
        <source>Uses the product</source>
        <translation>Memakai produknya</translation>
    </message>
    <message>
        <source>Values match the brand</source>
        <translation>Nilainya selaras dengan merek</translation>
    </message>
    <message>
        <source>Audience matches</source>
        <translation>Audiensnya cocok</translation>
    </message>
    <message>
        <source>Worked with a competitor recently</source>
        <translation>Baru-baru ini bekerja sama dengan pesaing</translation>
    </message>
    <message>
        <source>Past controversy</source>
        <translation>Pernah tersandung kontroversi</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Eksklusivitas</translation>
    </message>
</context>
<context>
    <name>BrandFitStore</name>
    <message>
        <source>Reading the brand fit</source>
        <translation>Membaca kecocokan merek</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>Kecocokan merek</translation>
    </message>
    <message>
        <source>must be from 0 to 5</source>
        <translation>harus dari 0 sampai 5</translation>
    </message>
    <message>
        <source>Saving the brand fit</source>
        <translation>Menyimpan kecocokan merek</translation>
    </message>
</context>
<context>
    <name>BudgetOptimizer</name>
    <message>
        <source>The budget is negative.</source>
        <translation>Anggaran bernilai negatif.</translation>
    </message>
    <message>
        <source>The largest share of the budget per candidate must be above zero.</source>
        <translation>Porsi anggaran terbesar per kandidat harus lebih dari nol.</translation>
    </message>
    <message>
        <source>A minimum count is negative.</source>
        <translation>Ada jumlah minimum yang bernilai negatif.</translation>
    </message>
    <message>
        <source>Candidate %1 has a plan with a negative cost or no value.</source>
        <translation>Kandidat %1 memiliki rencana dengan biaya negatif atau tanpa nilai.</translation>
    </message>
    <message>
        <source>Candidate %1 is both locked and excluded.</source>
        <translation>Kandidat %1 dikunci sekaligus dikecualikan.</translation>
    </message>
    <message>
        <source>Candidate %1 is locked to a plan it does not have.</source>
        <translation>Kandidat %1 dikunci pada rencana yang tidak dimilikinya.</translation>
    </message>
    <message>
        <source>The locked candidates cost more than the budget.</source>
        <translation>Biaya kandidat yang dikunci melebihi anggaran.</translation>
    </message>
    <message>
        <source>Not enough %1 can be chosen to reach the minimum of %2.</source>
        <translation>Tidak cukup %1 yang dapat dipilih untuk mencapai minimum %2.</translation>
    </message>
    <message>
        <source>The budget left after the locked candidates cannot pay for the minimum counts per kind.</source>
        <translation>Sisa anggaran setelah kandidat yang dikunci tidak cukup untuk memenuhi jumlah minimum per jenis.</translation>
    </message>
</context>
<context>
    <name>CampaignValidator</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niche</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Bentuk konten</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Konten yang diserahkan</translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation>Tarif yang disepakati</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>harus berupa kode ISO tiga huruf, misalnya IDR</translation>
    </message>
    <message>
        <source>“%1” may not contain the character |</source>
        <translation>“%1” tidak boleh berisi karakter |</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>tidak boleh sebelum tanggal mulai</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>minimal 1</translation>
    </message>
</context>
<context>
    <name>CandidateBulkWriter</name>
    <message>
        <source>The candidates could not be saved in “%1”: %2</source>
        <translation>Data kandidat tidak dapat disimpan di “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CandidateCopyWriter</name>
    <message>
        <source>The candidates could not be saved in the team database “%1”: %2</source>
        <extracomment>%1 the team database (user@host/database), %2 the server&apos;s reason</extracomment>
        <translation>Data kandidat tidak dapat disimpan di basis data tim “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CandidateExport</name>
    <message>
        <source>The candidates could not be written: %1</source>
        <translation>Data kandidat tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nomor ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>Tingkat interaksi (%)</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>Rata-rata tayangan</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Authenticity (%)</source>
        <translation>Keaslian (%)</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niche</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Languages</source>
        <extracomment>Column of the languages a channel posts in (ISO 639 codes)</extracomment>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>“%1” tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Engagement was given as counts per post (column “%1”): each rate is that count divided by the follower count.</source>
        <translation>Interaksi ditulis sebagai jumlah per postingan (kolom “%1”): setiap tingkat interaksi dihitung dari jumlah itu dibagi jumlah pengikut.</translation>
    </message>
    <message>
        <source>Engagement rates written without a percent sign were shares of one (0.034): read as percentages (3.4%).</source>
        <translation>Tingkat interaksi yang ditulis tanpa tanda persen adalah pecahan dari 1 (0,034): dibaca sebagai persen (3,4%).</translation>
    </message>
    <message>
        <source>No column holds the follower counts: every candidate is stored with its follower count unknown (no tier; reach is projected from average views where they are known).</source>
        <translation>Tidak ada kolom berisi jumlah pengikut: setiap kandidat disimpan dengan jumlah pengikut tidak diketahui (tanpa tier; jangkauan diproyeksikan dari rata-rata tayangan bila diketahui).</translation>
    </message>
</context>
<context>
    <name>CandidateLoader</name>
    <message>
        <source>The candidates could not be read (%1).</source>
        <translation>Data kandidat tidak dapat dibaca (%1).</translation>
    </message>
</context>
<context>
    <name>CandidateOrder</name>
    <message>
        <source>The candidates in “%1” could not be sorted: %2</source>
        <extracomment>%1 the database file, %2 SQLite&apos;s reason</extracomment>
        <translation>Daftar kandidat di “%1” tidak dapat diurutkan: %2</translation>
    </message>
</context>
<context>
    <name>CandidateRowCursor</name>
    <message>
        <source>The candidates could not be read from “%1”: %2</source>
        <extracomment>%1 the database file, %2 SQLite&apos;s reason</extracomment>
        <translation>Daftar kandidat tidak dapat dibaca dari “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CandidateStore</name>
    <message>
        <source>The candidate could not be saved.</source>
        <translation>Kandidat tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>A channel could not be saved.</source>
        <translation>Kanal tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>CandidateValidator</name>
    <message>
        <source>%1 (channel %2)</source>
        <extracomment>A field of the n-th channel of a candidate, e.g. &quot;Followers (channel 2)&quot;.</extracomment>
        <translation>%1 (kanal %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tingkat interaksi</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>Rata-rata tayangan</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Keaslian</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niche</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>must be between 0% and 100%</source>
        <translation>harus antara 0% dan 100%</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>harus berupa kode ISO tiga huruf, misalnya IDR</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>at least one channel is needed</source>
        <translation>minimal harus ada satu kanal</translation>
    </message>
    <message>
        <source>“%1” may not contain the character |</source>
        <translation>“%1” tidak boleh berisi karakter |</translation>
    </message>
</context>
<context>
    <name>ChangedFields</name>
    <message>
        <source>the name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>the niches</source>
        <translation>niche</translation>
    </message>
    <message>
        <source>the regions</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>tujuan</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>anggaran</translation>
    </message>
    <message>
        <source>the languages</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>the dates</source>
        <translation>tanggal kampanye</translation>
    </message>
    <message>
        <source>the deliverable</source>
        <translation>jenis konten</translation>
    </message>
    <message>
        <source>the number of deliverables</source>
        <translation>jumlah konten</translation>
    </message>
    <message>
        <source>the agreed fee</source>
        <translation>tarif yang disepakati</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>status kerja sama</translation>
    </message>
    <message>
        <source>the lock</source>
        <translation>kunci</translation>
    </message>
    <message>
        <source>What they changed: %1.</source>
        <extracomment>%1 a list such as &quot;the name and the notes&quot;</extracomment>
        <translation>Yang mereka ubah: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>A Colleague Changed This Campaign</source>
        <translation>Rekan Anda Mengubah Kampanye Ini</translation>
    </message>
    <message>
        <source>A Colleague Changed This Shortlist Entry</source>
        <translation>Rekan Anda Mengubah Entri Daftar Pendek Ini</translation>
    </message>
    <message>
        <source>A Colleague Changed This Candidate</source>
        <translation>Rekan Anda Mengubah Kandidat Ini</translation>
    </message>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation>&amp;Muat Ulang Versi Mereka</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>tanda kutip yang dibuka di sini tidak pernah ditutup</translation>
    </message>
    <message>
        <source>a quote inside a field: quote the whole field and double the quotes inside it</source>
        <translation>ada tanda kutip di dalam sel: apit seluruh isi sel dengan tanda kutip dan gandakan tanda kutip di dalamnya</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>ada teks setelah tanda kutip penutup sel</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>jumlah sel melebihi jumlah kolom di baris header</translation>
    </message>
    <message>
        <source>the file is not UTF-8 or UTF-16 text (save it as “CSV UTF-8” or “Unicode text”)</source>
        <translation>berkas ini bukan teks UTF-8 atau UTF-16 (simpan sebagai “CSV UTF-8” atau “Teks Unicode”)</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the row on line %1 is longer than %2 characters: this is no candidate list, or a quote in it is never closed</source>
        <extracomment>%1 the line, %2 a number of characters</extracomment>
        <translation>baris %1 lebih panjang dari %2 karakter: ini bukan daftar kandidat, atau ada tanda kutip yang tidak pernah ditutup</translation>
    </message>
    <message>
        <source>the row on line %1 has more than %2 columns: this is no candidate list</source>
        <extracomment>%1 the line, %2 a number of columns</extracomment>
        <translation>baris %1 memiliki lebih dari %2 kolom: ini bukan daftar kandidat</translation>
    </message>
    <message>
        <source>the encoding chosen for the file is not one the program knows</source>
        <translation>pengodean yang dipilih untuk berkas ini tidak dikenal oleh program</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Berkas “%1” tidak ada.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be created: the folder cannot be written.</source>
        <translation>Berkas “%1” tidak dapat dibuat: folder tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” bukan berkas.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Berkas “%1” tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Planner database.</source>
        <translation>“%1” bukan basis data Campaign Planner.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: it is read-only.</source>
        <translation>Berkas “%1” tidak dapat diubah: berkas ini hanya-baca.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Berkas “%1” tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>A copy could not be saved as “%1”: %2</source>
        <translation>Salinan tidak dapat disimpan sebagai “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Planner database, or it is damaged.</source>
        <translation>“%1” bukan basis data Campaign Planner, atau berkasnya rusak.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Campaign Planner database.</source>
        <translation>“%1” adalah basis data SQLite milik program lain, bukan basis data Campaign Planner.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Campaign Planner (schema %2; this version reads up to %3). Please update the program.</source>
        <translation>“%1” disimpan oleh versi Campaign Planner yang lebih baru (skema %2; versi ini hanya bisa membaca hingga skema %3). Silakan perbarui program.</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to schema %2: %3</source>
        <translation>Basis data “%1” tidak dapat ditingkatkan ke skema %2: %3</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to schema %2.</source>
        <translation>Basis data “%1” tidak dapat ditingkatkan ke skema %2.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: its folder is read-only.</source>
        <translation>Berkas “%1” tidak dapat ditulis: foldernya hanya-baca.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it ends inside its own header (%2 bytes).</source>
        <extracomment>%2 a size in bytes</extracomment>
        <translation>“%1” rusak: berkas berakhir di tengah header-nya sendiri (%2 byte).</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is shorter than its own header says (%2 of %3 bytes). It may have been cut off while being copied or saved.</source>
        <extracomment>%2 and %3 are sizes in bytes</extracomment>
        <translation>“%1” rusak: berkas lebih pendek daripada yang tertulis di header-nya (%2 dari %3 byte). Mungkin berkas terpotong saat disalin atau disimpan.</translation>
    </message>
    <message>
        <source>Team databases cannot be opened: Qt&apos;s PostgreSQL driver (the package libqt6sql6-psql) is not installed.</source>
        <translation>Database tim tidak dapat dibuka: driver PostgreSQL milik Qt (paket libqt6sql6-psql) belum terpasang.</translation>
    </message>
</context>
<context>
    <name>DeliveredColumns</name>
    <message>
        <source>reach</source>
        <translation>jangkauan</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impresi</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>interaksi</translation>
    </message>
    <message>
        <source>fees paid</source>
        <translation>tarif yang dibayar</translation>
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
        <translation>Jangkauan aktual</translation>
    </message>
    <message>
        <source>Actual impressions</source>
        <translation>Impresi aktual</translation>
    </message>
    <message>
        <source>Actual engagements</source>
        <translation>Interaksi aktual</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>Tarif dibayar</translation>
    </message>
    <message>
        <source>Actual CPM</source>
        <translation>CPM aktual</translation>
    </message>
    <message>
        <source>Actual CPE</source>
        <translation>CPE aktual</translation>
    </message>
    <message>
        <source>Actual EMV</source>
        <translation>EMV aktual</translation>
    </message>
    <message>
        <source>What the delivered posts really did (Campaign ▸ Results), with the difference from the projection: green is better than planned, red worse</source>
        <translation>Hasil nyata dari konten yang sudah tayang (Kampanye ▸ Hasil), dengan selisihnya dari proyeksi: hijau lebih baik dari rencana, merah lebih buruk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A delivered figure and its difference from the projection: &quot;12,400 (−8.0%)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No actual %1 entered yet</source>
        <extracomment>%1 is a measure (reach, fees paid, CPM...)</extracomment>
        <translation>Belum ada %1 aktual yang diisi</translation>
    </message>
    <message>
        <source>Actual %1 %2, nothing projected to compare with</source>
        <extracomment>%1 a measure, %2 its delivered figure</extracomment>
        <translation>%1 aktual %2, tidak ada proyeksi untuk dibandingkan</translation>
    </message>
    <message>
        <source>Actual %1 %2, as projected (%3)</source>
        <extracomment>%1 a measure, %2 its delivered figure, %3 the projected figure</extracomment>
        <translation>%1 aktual %2, sesuai proyeksi (%3)</translation>
    </message>
    <message>
        <source>Actual %1 %2, %3 above the projected %4</source>
        <translation>%1 aktual %2, %3 di atas proyeksi %4</translation>
    </message>
    <message>
        <source>Actual %1 %2, %3 below the projected %4</source>
        <translation>%1 aktual %2, %3 di bawah proyeksi %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Delivered in %n pieces, against the projection: </source>
        <extracomment>The campaign&apos;s delivered totals: %n delivered pieces, then &quot;Actual reach 12,400 (−8.0%) · ...&quot;</extracomment>
        <translation>
            <numerusform>Tayang dalam %n konten, dibanding proyeksi: </numerusform>
        </translation>
    </message>
    <message>
        <source>no figures entered yet</source>
        <translation>belum ada angka yang diisi</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data is missing from the program.</source>
        <translation>Data contoh tidak ada dalam program.</translation>
    </message>
    <message>
        <source>The demo candidates are already in “%1”; nothing was added.</source>
        <extracomment>%1 the database file</extracomment>
        <translation>Kandidat contoh sudah ada di “%1”; tidak ada yang ditambahkan.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Content creator</source>
        <translation>Konten kreator</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>KOL</source>
        <extracomment>Key opinion leader</extracomment>
        <translation>KOL</translation>
    </message>
    <message>
        <source>KOC</source>
        <extracomment>Key opinion consumer</extracomment>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Content creators</source>
        <translation>Konten kreator</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>KOLs</source>
        <extracomment>Key opinion leaders</extracomment>
        <translation>KOL</translation>
    </message>
    <message>
        <source>KOCs</source>
        <extracomment>Key opinion consumers</extracomment>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Nano</source>
        <extracomment>Follower tier: up to 10,000 followers</extracomment>
        <translation>Nano</translation>
    </message>
    <message>
        <source>Micro</source>
        <extracomment>Follower tier: 10,000 to 100,000 followers</extracomment>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Macro</source>
        <extracomment>Follower tier: 100,000 to 1,000,000 followers</extracomment>
        <translation>Makro</translation>
    </message>
    <message>
        <source>Mega</source>
        <extracomment>Follower tier: over 1,000,000 followers</extracomment>
        <translation>Mega</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X</source>
        <extracomment>The social network formerly called Twitter</extracomment>
        <translation>X</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Newspapers and magazines</extracomment>
        <translation>Media cetak</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Otomotif</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Kecantikan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Hiburan</translation>
    </message>
    <message>
        <source>Fashion</source>
        <translation>Fashion</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Kebugaran</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Kuliner</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Gaming</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Gaya hidup</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Pengasuhan anak</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Olahraga</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Teknologi</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Awareness</source>
        <extracomment>Campaign goal: reach as many people as possible</extracomment>
        <translation>Kesadaran merek</translation>
    </message>
    <message>
        <source>Niche trust</source>
        <extracomment>Campaign goal: win the trust of a niche audience</extracomment>
        <translation>Kepercayaan niche</translation>
    </message>
    <message>
        <source>Post</source>
        <extracomment>Deliverable: a feed post</extracomment>
        <translation>Unggahan feed</translation>
    </message>
    <message>
        <source>Story</source>
        <extracomment>Deliverable: a 24-hour story</extracomment>
        <translation>Cerita (story)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Konten video</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>Deliverable: a live stream</extracomment>
        <translation>Siaran langsung</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>Deliverable: an appearance on TV, radio or in print</extracomment>
        <translation>Penampilan</translation>
    </message>
    <message>
        <source>Prospect</source>
        <extracomment>Shortlist status: not contacted yet</extracomment>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Sudah dihubungi</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Follower tier of a channel whose follower count is unknown</extracomment>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>GoalExplanation</name>
    <message>
        <source>Kind: %1, weight ×%2 (an assumption; 1 means no preference)</source>
        <extracomment>%1 candidate kind (KOL, KOC, ...), %2 number such as 1 or 1.5</extracomment>
        <translation>Jenis: %1, bobot ×%2 (sebuah asumsi; 1 berarti tanpa preferensi)</translation>
    </message>
    <message>
        <source>Region: the campaign targets every region.</source>
        <translation>Wilayah: kampanye menyasar semua wilayah.</translation>
    </message>
    <message>
        <source>no region given</source>
        <translation>wilayah belum diisi</translation>
    </message>
    <message>
        <source>Region: %1 is within the target regions (%2).</source>
        <extracomment>%1 the candidate&apos;s regions (VN-SG), %2 the campaign&apos;s target regions (VN)</extracomment>
        <translation>Wilayah: %1 termasuk wilayah sasaran (%2).</translation>
    </message>
    <message>
        <source>Region: %1 is outside the target regions (%2): it brings nothing to either goal.</source>
        <translation>Wilayah: %1 di luar wilayah sasaran (%2): tidak menyumbang apa pun untuk kedua tujuan.</translation>
    </message>
    <message>
        <source>Niche: the campaign targets every niche.</source>
        <translation>Niche: kampanye menyasar semua niche.</translation>
    </message>
    <message>
        <source>no niche given</source>
        <translation>niche belum diisi</translation>
    </message>
    <message>
        <source>Niche: %1 matches the target niches (%2).</source>
        <extracomment>%1 the candidate&apos;s niches, %2 the campaign&apos;s target niches</extracomment>
        <translation>Niche: %1 cocok dengan niche sasaran (%2).</translation>
    </message>
    <message>
        <source>Niche: %1 is not among the target niches (%2): its engagements do not count for niche trust.</source>
        <translation>Niche: %1 tidak termasuk niche sasaran (%2): interaksinya tidak dihitung untuk kepercayaan niche.</translation>
    </message>
    <message>
        <source>Niche: %1 is not among the target niches (%2); awareness counts reach whatever the niche.</source>
        <translation>Niche: %1 tidak termasuk niche sasaran (%2); kesadaran merek menghitung jangkauan apa pun niche-nya.</translation>
    </message>
    <message>
        <source>%1 real people reached</source>
        <extracomment>%1 a count of people</extracomment>
        <translation>%1 orang asli terjangkau</translation>
    </message>
    <message>
        <source>%1 authentic engagements</source>
        <extracomment>%1 a count of likes, comments and shares from real followers</extracomment>
        <translation>%1 interaksi asli</translation>
    </message>
    <message>
        <source>Brings nothing to this goal: it misses the brief.</source>
        <translation>Tidak menyumbang apa pun untuk tujuan ini: tidak sesuai brief.</translation>
    </message>
    <message>
        <source>authentic unique reach</source>
        <translation>jangkauan unik asli</translation>
    </message>
    <message>
        <source>engagements from real followers</source>
        <translation>interaksi dari pengikut asli</translation>
    </message>
    <message>
        <source>Brings %1 (%2).</source>
        <extracomment>%1 &quot;13,280 real people reached&quot;, %2 what the figure is</extracomment>
        <translation>Menghasilkan %1 (%2).</translation>
    </message>
    <message>
        <source>Brings %1 (%2); weighted ×%3 for the kind, it counts as %4.</source>
        <extracomment>%1 &quot;13,280 real people reached&quot;, %2 what it is, %3 kind weight, %4 weighted figure</extracomment>
        <translation>Menghasilkan %1 (%2); dengan bobot jenis ×%3, dihitung sebagai %4.</translation>
    </message>
    <message>
        <source>Goal fit: free, it costs nothing.</source>
        <translation>Kecocokan tujuan: gratis, tanpa biaya.</translation>
    </message>
    <message>
        <source>Goal fit: %1 real people reached per million %2 spent</source>
        <extracomment>%1 number, %2 currency code</extracomment>
        <translation>Kecocokan tujuan: %1 orang asli terjangkau per satu juta %2 yang dibelanjakan</translation>
    </message>
    <message>
        <source>Goal fit: %1 authentic engagements per million %2 spent</source>
        <translation>Kecocokan tujuan: %1 interaksi asli per satu juta %2 yang dibelanjakan</translation>
    </message>
    <message>
        <source>Misses the campaign&apos;s brief: it brings nothing to this goal.</source>
        <translation>Tidak sesuai brief kampanye: tidak menyumbang apa pun untuk tujuan ini.</translation>
    </message>
    <message>
        <source>Brand fit: not rated for this campaign (counts as neutral).</source>
        <translation>Kecocokan merek: belum dinilai untuk kampanye ini (dihitung netral).</translation>
    </message>
    <message>
        <source>Brand fit %1 of 5: goal fit × %2 (%3), at %4 per star above or below 3.</source>
        <extracomment>%1 rating 0-5, %2 the factor goal fit is multiplied by, %3 the change as a signed percentage, %4 the weight per star</extracomment>
        <translation>Kecocokan merek %1 dari 5: kecocokan tujuan × %2 (%3), %4 per bintang di atas atau di bawah 3.</translation>
    </message>
</context>
<context>
    <name>GoalFitTable</name>
    <message>
        <source>The candidates could not be ranked by goal fit.</source>
        <translation>Kandidat tidak dapat diurutkan menurut kecocokan tujuan.</translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>No column holds the name or the handle of the candidates.</source>
        <translation>Tidak ada kolom yang berisi nama atau akun kandidat.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(not imported)</source>
        <extracomment>An imported column the program leaves out</extracomment>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Candidate id (groups rows)</source>
        <extracomment>A column whose equal values mark rows as channels of one candidate</extracomment>
        <translation>ID kandidat (mengelompokkan baris)</translation>
    </message>
    <message>
        <source>Profile link</source>
        <extracomment>A column of addresses of profiles (instagram.com/name): they give platform and handle</extracomment>
        <translation>Tautan profil</translation>
    </message>
    <message>
        <source>Languages</source>
        <extracomment>The languages a channel posts in</extracomment>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>a name or a handle is needed</source>
        <translation>nama atau akun wajib diisi</translation>
    </message>
    <message>
        <source>“%1” is not a platform the program knows (%2)</source>
        <translation>“%1” bukan media yang dikenali program (%2)</translation>
    </message>
    <message>
        <source>no platform: the row, its profile link and the headers do not say one</source>
        <translation>media tidak diketahui: baris, tautan profil, dan judul kolom tidak menyebutkannya</translation>
    </message>
    <message>
        <source>“%1” is not a platform the program knows: read as %2</source>
        <extracomment>%1 the platform cell, %2 the platform used instead</extracomment>
        <translation>“%1” bukan media yang dikenal program: dibaca sebagai %2</translation>
    </message>
    <message>
        <source>“%1” is not a kind the program knows (%2): left as %3</source>
        <translation>“%1” bukan jenis yang dikenal program (%2): tetap %3</translation>
    </message>
    <message>
        <source>the follower count is missing</source>
        <translation>jumlah pengikut tidak ada</translation>
    </message>
    <message>
        <source>engagements per post cannot be made a rate without the followers</source>
        <translation>interaksi per postingan tidak bisa dijadikan tingkat interaksi tanpa jumlah pengikut</translation>
    </message>
    <message>
        <source>“%1” is a share of one where the column&apos;s other values are percentages: read as %2%</source>
        <extracomment>%1 the cell, %2 the percentage it was read as</extracomment>
        <translation>“%1” adalah pecahan dari 1 padahal nilai lain di kolom ini persen: dibaca sebagai %2%</translation>
    </message>
    <message>
        <source>“%1” is more than 1 where the column&apos;s other values are shares of one: read as %1%</source>
        <extracomment>%1 the cell, read as a percentage</extracomment>
        <translation>“%1” lebih dari 1 padahal nilai lain di kolom ini pecahan dari 1: dibaca sebagai %1%</translation>
    </message>
    <message>
        <source>no follower count: stored as unknown</source>
        <translation>jumlah pengikut tidak ada: disimpan sebagai tidak diketahui</translation>
    </message>
    <message>
        <source>“%1” is not a language: left out</source>
        <extracomment>%1 the part of the cell that names no language</extracomment>
        <translation>“%1” bukan nama bahasa: tidak dimasukkan</translation>
    </message>
</context>
<context>
    <name>LanguageFitLine</name>
    <message>
        <source>Language: the campaign has no target languages (counts fully).</source>
        <translation>Bahasa: kampanye tidak punya bahasa sasaran (dihitung penuh).</translation>
    </message>
    <message>
        <source>Language: not known for this channel (counts fully); the campaign targets %1.</source>
        <extracomment>%1 the campaign&apos;s target languages, by name</extracomment>
        <translation>Bahasa: belum diketahui untuk kanal ini (dihitung penuh); kampanye menyasar %1.</translation>
    </message>
    <message>
        <source>Language: posts in %1, a target language of the campaign (counts fully).</source>
        <extracomment>%1 the channel&apos;s languages, by name</extracomment>
        <translation>Bahasa: mengunggah dalam %1, bahasa sasaran kampanye (dihitung penuh).</translation>
    </message>
    <message>
        <source>Language: posts in %1, none of the campaign&apos;s %2: goal fit × %3 (%4), the weight of a language mismatch.</source>
        <extracomment>%1 the channel&apos;s languages, %2 the campaign&apos;s, %3 the factor goal fit is multiplied by, %4 the change as a percentage</extracomment>
        <translation>Bahasa: mengunggah dalam %1, bukan %2 yang disasar kampanye: kecocokan tujuan × %3 (%4), sesuai bobot ketidakcocokan bahasa.</translation>
    </message>
</context>
<context>
    <name>LocalFormat</name>
    <message>
        <source>rial</source>
        <extracomment>Symbol of the Iranian rial after an amount</extracomment>
        <translation>rial</translation>
    </message>
    <message>
        <source>%1B</source>
        <extracomment>Compact number on charts: %1 billions (1.2B)</extracomment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Compact number on charts: %1 millions (1.2M)</extracomment>
        <translation>%1 jt</translation>
    </message>
    <message>
        <source>%1K</source>
        <extracomment>Compact number on charts: %1 thousands (15K)</extracomment>
        <translation>%1 rb</translation>
    </message>
    <message>
        <source>toman</source>
        <extracomment>Name of the Iranian toman (ten rial) after an amount</extracomment>
        <translation>toman</translation>
    </message>
</context>
<context>
    <name>MediaPlanHtml</name>
    <message>
        <source>Media plan · %1</source>
        <extracomment>%1 campaign name: the report&apos;s title and the line under each page</extracomment>
        <translation>Rencana media · %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 first day, %2 last day of the campaign</extracomment>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Media plan</source>
        <translation>Rencana media</translation>
    </message>
    <message>
        <source>Campaign dates</source>
        <translation>Tanggal kampanye</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niche</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Disusun pada</translation>
    </message>
    <message>
        <source>Entries counted (declined left out)</source>
        <translation>Entri yang dihitung (yang menolak tidak dihitung)</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>Jangkauan unik</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Projected cost</source>
        <translation>Biaya proyeksi</translation>
    </message>
    <message>
        <source>Left of the budget</source>
        <translation>Sisa anggaran</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Melebihi anggaran</translation>
    </message>
    <message>
        <source>Share of the budget used</source>
        <translation>Porsi anggaran terpakai</translation>
    </message>
    <message>
        <source>CPM (cost per thousand impressions)</source>
        <translation>CPM (biaya per seribu impresi)</translation>
    </message>
    <message>
        <source>CPE (cost per engagement)</source>
        <translation>CPE (biaya per interaksi)</translation>
    </message>
    <message>
        <source>Earned media value (EMV)</source>
        <translation>Nilai media yang diperoleh (EMV)</translation>
    </message>
    <message>
        <source>Projected totals against the budget</source>
        <translation>Total proyeksi dibandingkan anggaran</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>%1 goal: a column of the goals table</extracomment>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Proyeksi</translation>
    </message>
    <message>
        <source>Some figures rest on the tier&apos;s default rates, not on the candidates&apos; own data: see the cards and the assumptions.</source>
        <translation>Sebagian angka memakai tarif bawaan tingkatnya, bukan data kandidat sendiri: lihat kartu kandidat dan asumsinya.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status kerja sama</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
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
        <translation>Daftar pendek (%1 entri)</translation>
    </message>
    <message>
        <source>%1 × %2 on %3</source>
        <extracomment>%1 count, %2 format, %3 platform: &quot;2 × Post on Instagram&quot;</extracomment>
        <translation>%1 × %2 di %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>This shortlist, for %1</source>
        <translation>Daftar pendek ini, untuk %1</translation>
    </message>
    <message>
        <source>Suggested for %1</source>
        <translation>Usulan untuk %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>People by kind</source>
        <translation>Jumlah orang menurut jenis</translation>
    </message>
    <message>
        <source>The same budget for the other goal</source>
        <translation>Anggaran yang sama untuk tujuan lainnya</translation>
    </message>
    <message>
        <source>The budget of %1 planned for each goal; the plan for %2 is the one the planner suggests, with locked and declined entries kept.</source>
        <translation>Anggaran %1 direncanakan untuk tiap tujuan; rencana untuk %2 adalah usulan program, dengan entri yang dikunci dan yang menolak tetap dipertahankan.</translation>
    </message>
    <message>
        <source>The candidates</source>
        <translation>Para kandidat</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 pengikut</translation>
    </message>
    <message>
        <source>engagement rate %1</source>
        <translation>tingkat interaksi %1</translation>
    </message>
    <message>
        <source>authenticity %1</source>
        <translation>keaslian %1</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>tarif %1</translation>
    </message>
    <message>
        <source>fee unknown</source>
        <translation>tarif tidak diketahui</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Ranks %1 of %2 on the shortlist by goal fit.</source>
        <extracomment>%1 rank, %2 number of entries: &quot;ranks 3 of 12 on the shortlist by goal fit&quot;</extracomment>
        <translation>Peringkat %1 dari %2 di daftar pendek menurut kecocokan tujuan.</translation>
    </message>
    <message>
        <source>Not ranked: declined, outside the brief or of unknown cost.</source>
        <translation>Tidak diperingkat: menolak, di luar brief, atau biayanya tidak diketahui.</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Asumsi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Assumptions and their sources</source>
        <translation>Asumsi dan sumbernya</translation>
    </message>
    <message>
        <source>Every projection rests on these figures; the marketer can change them under Campaign &gt; Assumptions.</source>
        <translation>Setiap proyeksi bertumpu pada angka-angka ini; pemasar dapat mengubahnya di Kampanye &gt; Asumsi.</translation>
    </message>
    <message>
        <source>followers unknown</source>
        <translation>jumlah pengikut tidak diketahui</translation>
    </message>
    <message>
        <source>Brand fit: %1 of 5 (%2)</source>
        <extracomment>%1 rating 0-5, %2 the marketer&apos;s reasons: a candidate&apos;s card in the report</extracomment>
        <translation>Kecocokan merek: %1 dari 5 (%2)</translation>
    </message>
    <message>
        <source>Brand fit: %1 of 5</source>
        <extracomment>%1 rating 0-5</extracomment>
        <translation>Kecocokan merek: %1 dari 5</translation>
    </message>
    <message>
        <source>Brand fit, not rated: %1</source>
        <extracomment>%1 the marketer&apos;s reasons</extracomment>
        <translation>Kecocokan merek, belum dinilai: %1</translation>
    </message>
    <message>
        <source>Brand fit note: %1</source>
        <translation>Catatan kecocokan merek: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the client-facing title the marketer gave, %2 campaign name: the line under each page</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>Rencana dibanding hasil nyata</translation>
    </message>
    <message>
        <source>Actual (difference)</source>
        <translation>Aktual (selisih)</translation>
    </message>
    <message>
        <source>Results entered so far (delivered pieces: %1); the campaign is not marked completed yet.</source>
        <extracomment>%1 how many delivered posts or videos have results</extracomment>
        <translation>Hasil yang sudah dimasukkan sejauh ini (konten yang tayang: %1); kampanye belum ditandai selesai.</translation>
    </message>
    <message>
        <source>The campaign was completed on %1. Delivered pieces with results: %2.</source>
        <extracomment>%1 the day the campaign was marked completed, %2 how many delivered posts or videos have results</extracomment>
        <translation>Kampanye selesai pada %1. Konten tayang yang sudah ada hasilnya: %2.</translation>
    </message>
</context>
<context>
    <name>MediaPlanPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 page number, %2 number of pages</extracomment>
        <translation>Halaman %1 dari %2</translation>
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
        <translation>Laporan tidak dapat ditulis ke %1: %2</translation>
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
        <translation>Data kandidat tidak dapat dibaca untuk pemeringkatan.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Unique reach</source>
        <translation>Jangkauan unik</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <extracomment>%1 currency code</extracomment>
        <translation>Biaya (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>The shortlist, measure by measure: the %1 costliest of %2 entries</source>
        <extracomment>%1 and %2 counts: the chart shows the costliest %1 of %2 entries</extracomment>
        <translation>Daftar pendek per ukuran: %1 entri termahal dari %2 entri</translation>
    </message>
    <message>
        <source>The shortlist, measure by measure</source>
        <translation>Daftar pendek per ukuran</translation>
    </message>
    <message>
        <source>Cost by kind of person (%1)</source>
        <extracomment>%1 currency code</extracomment>
        <translation>Biaya menurut jenis kreator (%1)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Where the budget goes</source>
        <translation>Ke mana anggaran dibelanjakan</translation>
    </message>
    <message>
        <source>People by kind</source>
        <translation>Jumlah orang menurut jenis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 kind of person (plural), %2 goal: a bar of the goals chart</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The same budget for each goal</source>
        <translation>Anggaran yang sama untuk tiap tujuan</translation>
    </message>
    <message>
        <source>CPM (%1)</source>
        <extracomment>%1 currency code: cost per thousand impressions</extracomment>
        <translation>CPM dalam %1</translation>
    </message>
    <message>
        <source>CPE (%1)</source>
        <extracomment>%1 currency code: cost per engagement</extracomment>
        <translation>CPE dalam %1</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>No column holds the name or the handle of the candidates.</source>
        <translation>Tidak ada kolom yang berisi nama atau akun kandidat.</translation>
    </message>
    <message>
        <source>No column holds the date of the posts.</source>
        <translation>Tidak ada kolom yang berisi tanggal posting.</translation>
    </message>
    <message>
        <source>No column holds a result (reach, impressions, views, likes, comments, shares, saves, clicks or the fee paid).</source>
        <translation>Tidak ada kolom yang berisi hasil (jangkauan, impresi, tayangan, suka, komentar, dibagikan, disimpan, klik, atau biaya yang dibayar).</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Diabaikan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Bentuk konten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klik</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>Biaya dibayar</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
</context>
<context>
    <name>ResultCommand</name>
    <message>
        <source>Add Result</source>
        <translation>Tambah Hasil</translation>
    </message>
    <message>
        <source>Remove Result</source>
        <translation>Hapus Hasil</translation>
    </message>
    <message>
        <source>Edit Result</source>
        <translation>Ubah Hasil</translation>
    </message>
    <message>
        <source>Mark Campaign Completed</source>
        <translation>Tandai Kampanye Selesai</translation>
    </message>
    <message>
        <source>Reopen Campaign</source>
        <translation>Buka Kembali Kampanye</translation>
    </message>
</context>
<context>
    <name>ResultImport</name>
    <message>
        <source>a name or a handle is needed</source>
        <translation>nama atau akun diperlukan</translation>
    </message>
    <message>
        <source>“%1” is not on the shortlist of “%2”</source>
        <extracomment>%1 a name or handle of the imported row, %2 the campaign&apos;s name</extracomment>
        <translation>“%1” tidak ada di daftar pendek “%2”</translation>
    </message>
    <message>
        <source>“%1” is on the shortlist of “%2”, but not with this platform and format</source>
        <translation>“%1” ada di daftar pendek “%2”, tetapi tidak dengan platform dan format ini</translation>
    </message>
    <message>
        <source>“%1” is on the shortlist more than once: a platform and a format column say which entry</source>
        <translation>“%1” ada lebih dari sekali di daftar pendek: kolom platform dan format menentukan entri yang mana</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>tanggal diperlukan</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 2026-03-14 or 14/03/2026)</source>
        <translation>“%1” bukan tanggal (tulis 2026-03-14 atau 14/03/2026)</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>%1 changed this on %2, after you opened it. Your change was not saved, so that theirs is not lost: reload to see their version, then make your change again.</source>
        <extracomment>%1 a colleague&apos;s user name, %2 a date and time</extracomment>
        <translation>%1 mengubah data ini pada %2, setelah Anda membukanya. Perubahan Anda tidak disimpan agar perubahan mereka tidak hilang: muat ulang untuk melihat versi mereka, lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Seorang rekan</translation>
    </message>
    <message>
        <source>%1 changed this after you opened it. Your change was not saved, so that theirs is not lost: reload to see their version, then make your change again.</source>
        <extracomment>%1 a colleague&apos;s user name (or &quot;A colleague&quot;)</extracomment>
        <translation>%1 mengubah data ini setelah Anda membukanya. Perubahan Anda tidak disimpan agar perubahan mereka tidak hilang: muat ulang untuk melihat versi mereka, lalu ulangi perubahan Anda.</translation>
    </message>
</context>
<context>
    <name>SaveMessages</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <extracomment>%1 the file, %2 the system&apos;s reason</extracomment>
        <translation>“%1” tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation>Ekspor dibatalkan; “%1” tidak diubah.</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>The saved view names an unknown kind, tier or platform, or a bound that is not a number.</source>
        <translation>Tampilan tersimpan menyebut jenis, tingkatan, atau platform yang tidak dikenal, atau batas yang bukan angka.</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Reading the saved views</source>
        <translation>Membaca tampilan tersimpan</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>Tampilan tersimpan “%1” tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>unknown sort column</source>
        <translation>kolom urutan tidak dikenal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Tampilan yang disimpan perlu nama.</translation>
    </message>
    <message>
        <source>Saving the view “%1”</source>
        <translation>Menyimpan tampilan “%1”</translation>
    </message>
    <message>
        <source>Deleting a saved view</source>
        <translation>Menghapus tampilan tersimpan</translation>
    </message>
    <message>
        <source>Nano and micro, engagement %1 or more</source>
        <extracomment>A saved view that comes with new files; %1 a percentage (3%)</extracomment>
        <translation>Nano dan mikro, interaksi %1 atau lebih</translation>
    </message>
    <message>
        <source>At least %1 real followers</source>
        <extracomment>A saved view that comes with new files; %1 a percentage (80%)</extracomment>
        <translation>Minimal %1 pengikut asli</translation>
    </message>
    <message>
        <source>Best goal fit first</source>
        <translation>Kecocokan tujuan terbaik dulu</translation>
    </message>
    <message>
        <source>Macro and mega, largest first</source>
        <translation>Makro dan mega, terbesar dulu</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a team database address: %2</source>
        <translation>“%1” bukan alamat database tim: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>tulis sebagai postgresql://pengguna@server:port/database</translation>
    </message>
    <message>
        <source>it holds a password; keep the password in ~/.pgpass (or PGPASSFILE) instead</source>
        <translation>alamat ini memuat kata sandi; simpan kata sandi di ~/.pgpass (atau PGPASSFILE)</translation>
    </message>
    <message>
        <source>the setting “%1” cannot be used</source>
        <translation>pengaturan “%1” tidak dapat digunakan</translation>
    </message>
</context>
<context>
    <name>ServerFault</name>
    <message>
        <source>The team database “%1” cannot be reached: no server answers at %2. Check the server&apos;s name and port, and that it is running. (%3)</source>
        <translation>Basis data tim “%1” tidak dapat dijangkau: tidak ada server yang menjawab di %2. Periksa nama dan port server, dan pastikan server sedang berjalan. (%3)</translation>
    </message>
    <message>
        <source>The server of the team database “%1” did not let %2 in: the user name or the password is wrong, or this user may not connect. (%3)</source>
        <translation>Server basis data tim “%1” menolak %2: nama pengguna atau kata sandi salah, atau pengguna ini tidak boleh terhubung. (%3)</translation>
    </message>
    <message>
        <source>The server of the team database “%1” asks for %2&apos;s password, and none was found (~/.pgpass, PGPASSFILE or PGSERVICE). (%3)</source>
        <translation>Server basis data tim “%1” meminta kata sandi %2, dan tidak ada yang ditemukan (~/.pgpass, PGPASSFILE, atau PGSERVICE). (%3)</translation>
    </message>
    <message>
        <source>The team database “%1” is not there: the server has no database named “%2”. Check the name, or ask whoever runs the server to create it. (%3)</source>
        <translation>Basis data tim “%1” tidak ada: server tidak memiliki basis data bernama “%2”. Periksa namanya, atau minta pengelola server membuatnya. (%3)</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to the team database “%1” at %2 could not be set up: check the TLS setting. (%3)</source>
        <translation>Koneksi aman (TLS) ke basis data tim “%1” di %2 tidak dapat dibuat: periksa pengaturan TLS. (%3)</translation>
    </message>
    <message>
        <source>The team database “%1” cannot be reached at %2: %3</source>
        <translation>Basis data tim “%1” tidak dapat dijangkau di %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 may only view the team database “%3”, not change it. Ask whoever runs it to make %2 a planner. (%4)</source>
        <extracomment>%1 what could not be done (&quot;The candidate could not be saved&quot;), %2 a user name, %3 the team database&apos;s address, %4 the server&apos;s own words</extracomment>
        <translation>%1: %2 hanya boleh melihat basis data tim “%3”, tidak boleh mengubahnya. Minta pengelolanya menjadikan %2 perencana. (%4)</translation>
    </message>
</context>
<context>
    <name>ShortlistExport</name>
    <message>
        <source>The shortlist could not be written: %1</source>
        <translation>Daftar pendek tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Candidate ID</source>
        <translation>ID kandidat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Bentuk konten</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Jumlah konten</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>Jangkauan unik</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
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
        <translation>Status kerja sama</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>Mata uang tarif</translation>
    </message>
    <message>
        <source>Fee source</source>
        <translation>Sumber tarif</translation>
    </message>
    <message>
        <source>Rests on defaults</source>
        <translation>Memakai nilai bawaan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>Kecocokan merek</translation>
    </message>
    <message>
        <source>Brand fit reasons</source>
        <translation>Alasan kecocokan merek</translation>
    </message>
</context>
<context>
    <name>ShortlistSuggester</name>
    <message>
        <source>Candidate %1 cannot be kept on the shortlist: there is no such candidate.</source>
        <translation>Kandidat %1 tidak dapat dipertahankan di daftar pendek: kandidat tersebut tidak ada.</translation>
    </message>
    <message>
        <source>The suggestion was cancelled; the shortlist stays as it was.</source>
        <translation>Saran dibatalkan; daftar pendek tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>“%1” cannot name a role: use lowercase letters, digits and _ (at most 63, not starting with a digit).</source>
        <translation>“%1” tidak bisa menjadi nama peran: gunakan huruf kecil, angka, dan _ (paling banyak 63, tidak diawali angka).</translation>
    </message>
    <message>
        <source>The planner role and the viewer role must have different names.</source>
        <translation>Peran perencana dan peran pelihat harus memiliki nama yang berbeda.</translation>
    </message>
    <message>
        <source>The server has no login role “%1”: create it first (CREATE ROLE … LOGIN), then run this again.</source>
        <translation>Server tidak memiliki peran login “%1”: buat dulu (CREATE ROLE … LOGIN), lalu jalankan lagi.</translation>
    </message>
    <message>
        <source>The user “%1” does not own the campaign database&apos;s tables, so it cannot grant them: run this as their owner (or a superuser).</source>
        <translation>Pengguna “%1” bukan pemilik tabel basis data kampanye, jadi tidak dapat memberikan hak atasnya: jalankan ini sebagai pemiliknya (atau superuser).</translation>
    </message>
    <message>
        <source>The user “%1” may not create roles or grant membership on this server: run this as a user with the CREATEROLE right (or a superuser).</source>
        <translation>Pengguna “%1” tidak boleh membuat peran atau memberikan keanggotaan di server ini: jalankan sebagai pengguna dengan hak CREATEROLE (atau superuser).</translation>
    </message>
    <message>
        <source>Roles exist only on a team database: give one as postgresql://user@host:port/dbname.</source>
        <translation>Peran hanya ada pada basis data tim: berikan alamatnya sebagai postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The roles could not be set up</source>
        <translation>Peran tidak dapat disiapkan</translation>
    </message>
</context>
<context>
    <name>TeamTransfer</name>
    <message>
        <source>Nothing was copied: the target is left as it was</source>
        <translation>Tidak ada yang disalin: tujuan tetap seperti semula</translation>
    </message>
    <message>
        <source>%1 already holds candidates or campaigns; copy only into an empty campaign database (nothing was changed)</source>
        <translation>%1 sudah berisi kandidat atau kampanye; salin hanya ke database kampanye yang masih kosong (tidak ada yang diubah)</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>“%1”</source>
        <extracomment>A value quoted in a message, e.g. “12abc”</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 bukan angka</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 bukan bilangan bulat</translation>
    </message>
    <message>
        <source>%1 is not a percentage</source>
        <translation>%1 bukan persentase</translation>
    </message>
    <message>
        <source>%1 is not an amount of money</source>
        <translation>%1 bukan jumlah uang yang valid</translation>
    </message>
    <message>
        <source>%1 has no currency: write it with the amount (250 USD, Rp 1.500.000) or add a currency column</source>
        <translation>%1 tidak memiliki mata uang: tuliskan mata uangnya bersama jumlahnya (250 USD, Rp 1.500.000) atau tambahkan kolom mata uang</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 has</source>
        <extracomment>%1 the amount, %2 a currency code such as VND</extracomment>
        <translation>%1 memiliki digit desimal lebih banyak daripada yang dipakai %2</translation>
    </message>
    <message>
        <source>%1 is not a known currency</source>
        <translation>%1 bukan mata uang yang dikenal</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>“%1” tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>it is not an .xlsx, .ods or Excel XML workbook</source>
        <translation>ini bukan buku kerja .xlsx, .ods, atau Excel XML</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>buku kerja rusak (%1)</translation>
    </message>
</context>
<context>
    <name>WorkbookSource</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>“%1” tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>it has no sheet “%1”; its sheets are %2</source>
        <extracomment>%1 the sheet asked for, %2 the workbook&apos;s sheets</extracomment>
        <translation>tidak ada lembar “%1”; lembarnya adalah %2</translation>
    </message>
    <message>
        <source>it has several sheets (%1); choose the one to import</source>
        <extracomment>%1 the workbook&apos;s sheets</extracomment>
        <translation>ada beberapa lembar (%1); pilih lembar yang akan diimpor</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>The workbook could not be started.</source>
        <translation>Buku kerja tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows and %2 columns; export fewer rows (filter the list) or export to CSV.</source>
        <translation>Satu lembar memuat paling banyak %1 baris dan %2 kolom; ekspor lebih sedikit baris (saring daftarnya) atau ekspor ke CSV.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The workbook would be larger than 4 GB, more than a spreadsheet opens.</source>
        <translation>Buku kerja akan lebih besar dari 4 GB, melebihi yang dapat dibuka aplikasi spreadsheet.</translation>
    </message>
    <message>
        <source>The workbook could not be compressed.</source>
        <translation>Buku kerja tidak dapat dikompresi.</translation>
    </message>
</context>
<context>
    <name>planner::AboutDialog</name>
    <message>
        <source>About Campaign Planner</source>
        <translation>Tentang Campaign Planner</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Compare content creators, influencers, KOLs and KOCs for a campaign: reach, engagement and cost.</source>
        <translation>Bandingkan konten kreator, influencer, KOL, dan KOC untuk kampanye Anda: jangkauan, interaksi, dan biaya.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty. Built with Qt %2, under the GNU Lesser General Public License, version 3.</source>
        <translation>Perangkat lunak bebas di bawah GNU General Public License, versi 3 atau yang lebih baru (%1). Tanpa jaminan apa pun. Dibangun dengan Qt %2, di bawah GNU Lesser General Public License, versi 3.</translation>
    </message>
    <message>
        <source>Reach per post and story: Minter.io; Facebook and X: Stellar</source>
        <translation>Jangkauan per postingan dan story: Minter.io; Facebook dan X: Stellar</translation>
    </message>
    <message>
        <source>Engagement rates: Untapper</source>
        <translation>Tingkat interaksi: Untapper</translation>
    </message>
    <message>
        <source>Fees per post and video: Influencer Marketing Hub</source>
        <translation>Tarif per postingan dan video: Influencer Marketing Hub</translation>
    </message>
    <message>
        <source>Real followers: HypeAuditor and Modash</source>
        <translation>Pengikut asli: HypeAuditor dan Modash</translation>
    </message>
    <message>
        <source>Benchmark CPM for earned media value: Upfluence and Traackr</source>
        <translation>CPM acuan untuk nilai media yang diperoleh (EMV): Upfluence dan Traackr</translation>
    </message>
    <message>
        <source>Views when only followers are known: CreatorIQ</source>
        <translation>Tayangan bila hanya jumlah pengikut yang diketahui: CreatorIQ</translation>
    </message>
    <message>
        <source>Follower tiers: Later and Fohr, and Vietnamese articles on KOLs</source>
        <translation>Tingkat menurut jumlah pengikut: Later dan Fohr, serta artikel berbahasa Vietnam tentang KOL</translation>
    </message>
    <message>
        <source>The default assumptions rest on published figures from:</source>
        <translation>Asumsi bawaan bersandar pada angka yang dipublikasikan oleh:</translation>
    </message>
    <message>
        <source>Each figure is shown with its source in Campaign &gt; Assumptions, where you can change it. The exchange rates are examples: enter today&apos;s rates there.</source>
        <translation>Setiap angka ditampilkan bersama sumbernya di Kampanye &gt; Asumsi, tempat Anda dapat mengubahnya. Kurs hanyalah contoh: masukkan kurs hari ini di sana.</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionSource</name>
    <message>
        <source>Minter.io, median organic reach per post, 0-20k followers</source>
        <translation>Minter.io, median jangkauan organik per unggahan, 0–20 rb pengikut</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 0-20k followers</source>
        <translation>Minter.io, median jangkauan organik per story, 0–20 rb pengikut</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 20k-100k followers</source>
        <translation>Minter.io, median jangkauan organik per unggahan, 20–100 rb pengikut</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 20k-100k followers</source>
        <translation>Minter.io, median jangkauan organik per story, 20–100 rb pengikut</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 100k-1M followers</source>
        <translation>Minter.io, median jangkauan organik per unggahan, 100 rb–1 jt pengikut</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 100k-1M followers</source>
        <translation>Minter.io, median jangkauan organik per story, 100 rb–1 jt pengikut</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 1M+ followers</source>
        <translation>Minter.io, median jangkauan organik per unggahan, di atas 1 jt pengikut</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 1M+ followers</source>
        <translation>Minter.io, median jangkauan organik per story, di atas 1 jt pengikut</translation>
    </message>
    <message>
        <source>Stellar: Facebook posts reach about 30% of followers</source>
        <translation>Stellar: unggahan Facebook menjangkau sekitar 30% pengikut</translation>
    </message>
    <message>
        <source>Stellar: X posts reach about 30% of followers</source>
        <translation>Stellar: unggahan X menjangkau sekitar 30% pengikut</translation>
    </message>
    <message>
        <source>Followers times a multiplier when average views are unknown (CreatorIQ and others); 10% is a planner default</source>
        <translation>Jumlah pengikut dikali pengali bila rata-rata tayangan tidak diketahui (CreatorIQ dan lainnya); 10% adalah bawaan aplikasi</translation>
    </message>
    <message>
        <source>planner default, no public source</source>
        <translation>bawaan aplikasi, tanpa sumber publik</translation>
    </message>
    <message>
        <source>planner default, no public source: the audience per appearance is reached</source>
        <translation>bawaan aplikasi, tanpa sumber publik: seluruh audiens per penayangan terjangkau</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram nano 3-5% (midpoint)</source>
        <translation>Untapper 2026, Instagram nano 3–5% (nilai tengah)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram micro 2-3.5% (midpoint)</source>
        <translation>Untapper 2026, Instagram mikro 2–3,5% (nilai tengah)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram mid and macro 1-2.5% (midpoint)</source>
        <translation>Untapper 2026, Instagram menengah dan makro 1–2,5% (nilai tengah)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram mega 0.7-1.2% (midpoint)</source>
        <translation>Untapper 2026, Instagram mega 0,7–1,2% (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram nano 10-100 USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub, Instagram nano 10–100 USD per unggahan (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram micro 100-500 USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub, Instagram mikro 100–500 USD per unggahan (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram mid and macro 500-10k USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub, Instagram menengah dan makro 500–10 rb USD per unggahan (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram mega 10k+ USD per post (lower bound)</source>
        <translation>Influencer Marketing Hub, Instagram mega mulai 10 rb USD per unggahan (batas bawah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube nano 20-200 USD (midpoint)</source>
        <translation>Influencer Marketing Hub, YouTube nano 20–200 USD (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube micro 200-1k USD (midpoint)</source>
        <translation>Influencer Marketing Hub, YouTube mikro 200–1 rb USD (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube mid and macro 1k-20k USD (midpoint)</source>
        <translation>Influencer Marketing Hub, YouTube menengah dan makro 1 rb–20 rb USD (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube mega 20k+ USD (lower bound)</source>
        <translation>Influencer Marketing Hub, YouTube mega mulai 20 rb USD (batas bawah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok nano 5-25 USD (midpoint)</source>
        <translation>Influencer Marketing Hub, TikTok nano 5–25 USD (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok micro 25-125 USD (midpoint)</source>
        <translation>Influencer Marketing Hub, TikTok mikro 25–125 USD (nilai tengah)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok mid 125-1,250 USD (midpoint; no macro figure)</source>
        <translation>Influencer Marketing Hub, TikTok menengah 125–1.250 USD (nilai tengah; tanpa angka makro)</translation>
    </message>
    <message>
        <source>planner default from HypeAuditor (36% of Instagram influencers affected by fraud) and Modash (under 75% credibility flags fraud)</source>
        <translation>bawaan aplikasi dari HypeAuditor (36% influencer Instagram terdampak kecurangan) dan Modash (kredibilitas di bawah 75% menandai kecurangan)</translation>
    </message>
    <message>
        <source>planner default from HypeAuditor (near 60% of accounts above 1M followers affected by fraud) and Modash (under 75% credibility flags fraud)</source>
        <translation>bawaan aplikasi dari HypeAuditor (hampir 60% akun di atas 1 jt pengikut terdampak kecurangan) dan Modash (kredibilitas di bawah 75% menandai kecurangan)</translation>
    </message>
    <message>
        <source>Upfluence benchmark CPM for earned media value (Traackr uses 6 USD on Instagram)</source>
        <translation>CPM acuan Upfluence untuk nilai media yang diperoleh (EMV) (Traackr memakai 6 USD untuk Instagram)</translation>
    </message>
    <message>
        <source>planner default: 1 means no preference</source>
        <translation>bawaan aplikasi: 1 berarti tanpa preferensi</translation>
    </message>
    <message>
        <source>planner default after the seed articles: a creator who uses the product and shares the brand&apos;s values beats a bigger one; 10% of goal fit per star above or below 3</source>
        <translation>bawaan planner menurut artikel sumber: kreator yang memakai produk dan sejalan dengan nilai merek mengalahkan yang lebih besar; 10% kecocokan tujuan per bintang di atas atau di bawah 3</translation>
    </message>
    <message>
        <source>planner default after the seed articles (the audience must match the brand&apos;s): a channel that posts in none of the campaign&apos;s languages counts this share less</source>
        <translation>bawaan planner menurut artikel sumber (audiens harus sesuai dengan audiens merek): kanal yang tidak mengunggah dalam bahasa kampanye mana pun dihitung berkurang sebesar porsi ini</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionStore</name>
    <message>
        <source>The assumption could not be saved.</source>
        <translation>Asumsi tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>must be a number not below zero</source>
        <translation>harus berupa angka nol atau lebih</translation>
    </message>
    <message>
        <source>The assumptions could not be restored.</source>
        <translation>Asumsi tidak dapat dikembalikan ke nilai bawaan.</translation>
    </message>
    <message>
        <source>Tier threshold</source>
        <translation>Ambang tingkat</translation>
    </message>
    <message>
        <source>nano starts at 0 and each tier must start above the one before</source>
        <translation>nano dimulai dari 0 dan setiap tingkat harus dimulai di atas tingkat sebelumnya</translation>
    </message>
    <message>
        <source>must be a number not below zero, with its source</source>
        <translation>harus berupa angka tidak di bawah nol, beserta sumbernya</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionsDialog</name>
    <message>
        <source>Vietnamese KOL article (seeds); Later x Fohr</source>
        <translation>Artikel KOL berbahasa Vietnam (seeds); Later x Fohr</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” bukan angka</translation>
    </message>
    <message>
        <source>%1: “%2” is not a rate above zero</source>
        <translation>%1: “%2” bukan kurs yang lebih dari nol</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Asumsi</translation>
    </message>
    <message>
        <source>&amp;Projection figures</source>
        <translation>&amp;Parameter proyeksi</translation>
    </message>
    <message>
        <source>E&amp;xchange rates</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Jumlah per 1 dolar AS</translation>
    </message>
    <message>
        <source>Find a figure, e.g. TikTok or micro</source>
        <translation>Cari parameter, mis. TikTok atau mikro</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Kembalikan &amp;Bawaan</translation>
    </message>
    <message>
        <source>Puts every figure and tier threshold back to its published value</source>
        <translation>Mengembalikan semua parameter dan ambang tingkat ke nilai yang dipublikasikan</translation>
    </message>
    <message>
        <source>Fees in other currencies convert into the campaign&apos;s currency through this table. There is no network: enter today&apos;s rates yourself.</source>
        <translation>Tarif dalam mata uang lain dikonversi ke mata uang kampanye melalui tabel ini. Program ini tidak terhubung ke internet: masukkan sendiri kurs hari ini.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>&amp;Add or Change</source>
        <translation>&amp;Tambah atau Ubah</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Double-click a value to change it; bold values differ from the default</source>
        <translation>Klik dua kali sebuah nilai untuk mengubahnya; nilai bercetak tebal berbeda dari bawaan</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Exchange-rate table: the day the rate was last set</extracomment>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Own history suggests</source>
        <extracomment>Column: what the team&apos;s completed campaigns suggest for the figure</extracomment>
        <translation>Saran dari riwayat sendiri</translation>
    </message>
    <message>
        <source>Ado&amp;pt Suggestion</source>
        <translation>&amp;Pakai Saran</translation>
    </message>
    <message>
        <source>Uses what your completed campaigns suggest for the chosen figure; Edit &gt; Undo takes it back</source>
        <translation>Memakai angka yang disarankan kampanye yang sudah selesai untuk angka terpilih; Edit &gt; Urungkan untuk membatalkannya</translation>
    </message>
    <message>
        <source>%1 (%2 to %3), from %4 deliveries</source>
        <extracomment>%1 the suggested value, %2 and %3 its 95% interval, %4 how many delivered posts or videos</extracomment>
        <translation>%1 (%2 sampai %3), dari %4 konten tayang</translation>
    </message>
</context>
<context>
    <name>planner::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>planner::BrandFitDialog</name>
    <message>
        <source>Brand Fit</source>
        <translation>Kecocokan Merek</translation>
    </message>
    <message>
        <source>How well &lt;b&gt;%1&lt;/b&gt; fits the brand of “%2”</source>
        <extracomment>%1 candidate name, %2 campaign name</extracomment>
        <translation>Seberapa cocok &lt;b&gt;%1&lt;/b&gt; dengan merek “%2”</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A brand-fit rating: %1 the number, %2 as stars</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>3 is neutral; each star above or below changes goal fit by the brand fit weight (Assumptions)</source>
        <translation>3 berarti netral; setiap bintang di atas atau di bawahnya mengubah kecocokan tujuan sebesar bobot kecocokan merek (Asumsi)</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>What you saw: posts with the product, a past campaign, the audience…</source>
        <translation>Yang Anda lihat: unggahan dengan produk, kampanye sebelumnya, audiensnya…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>planner::BudgetChart</name>
    <message>
        <source>Budget by kind</source>
        <translation>Anggaran per jenis</translation>
    </message>
    <message>
        <source>Budget by tier</source>
        <translation>Anggaran per tingkat</translation>
    </message>
    <message>
        <source>Budget by platform</source>
        <translation>Anggaran per media</translation>
    </message>
    <message>
        <source>The budget split shows once the shortlist has costs.</source>
        <translation>Alokasi anggaran akan tampil setelah ada biaya di daftar pendek.</translation>
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
        <translation>Tambah ke &amp;Daftar Pendek</translation>
    </message>
    <message>
        <source>Puts the selected candidate on the open campaign&apos;s shortlist</source>
        <translation>Memasukkan kandidat yang dipilih ke daftar pendek kampanye yang sedang dibuka</translation>
    </message>
    <message>
        <source>&amp;Why This Rank?</source>
        <translation>&amp;Mengapa Peringkat Ini?</translation>
    </message>
    <message>
        <source>Shows the numbers behind the selected candidate&apos;s goal fit</source>
        <translation>Menampilkan angka di balik kecocokan kandidat yang dipilih dengan tujuan kampanye</translation>
    </message>
    <message>
        <source>S&amp;uggest Shortlist…</source>
        <translation>Sarankan Daftar P&amp;endek…</translation>
    </message>
    <message>
        <source>Fills the shortlist with the candidates that bring the most for the budget</source>
        <translation>Mengisi daftar pendek dengan kandidat yang memberi hasil terbesar untuk anggaran</translation>
    </message>
    <message>
        <source>Compare &amp;Goals…</source>
        <translation>Bandin&amp;gkan Tujuan…</translation>
    </message>
    <message>
        <source>Plans the same budget for awareness and for niche trust, side by side</source>
        <translation>Merencanakan anggaran yang sama untuk kesadaran merek dan untuk kepercayaan niche, berdampingan</translation>
    </message>
    <message>
        <source>&amp;Assumptions…</source>
        <translation>&amp;Asumsi…</translation>
    </message>
    <message>
        <source>Shows and edits the figures behind every projection, and the exchange rates</source>
        <translation>Menampilkan dan menyunting parameter di balik setiap proyeksi, serta kurs</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, for the goal “%3”:</source>
        <extracomment>%1 candidate name, %2 platform, %3 goal</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; di %2, untuk tujuan “%3”:</translation>
    </message>
    <message>
        <source>Tier: %1 · authenticity %2 · reach rate %3 per deliverable</source>
        <translation>Tingkat: %1 · keaslian %2 · tingkat jangkauan %3 per konten</translation>
    </message>
    <message>
        <source>Authentic unique reach: %1 · engagements: %2</source>
        <translation>Jangkauan unik asli: %1 · interaksi: %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Biaya: %1</translation>
    </message>
    <message>
        <source>Cost unknown: no exchange rate to %1</source>
        <translation>Biaya tidak diketahui: belum ada kurs ke %1</translation>
    </message>
    <message>
        <source>reach rate</source>
        <translation>tingkat jangkauan</translation>
    </message>
    <message>
        <source>authenticity</source>
        <translation>keaslian</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>tingkat interaksi</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>tarif</translation>
    </message>
    <message>
        <source>Rests on the tier&apos;s default %1, not on the candidate&apos;s own data.</source>
        <translation>Memakai nilai bawaan tingkat ini untuk %1, bukan data milik kandidat.</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Mengapa peringkat ini</translation>
    </message>
    <message>
        <source>As booked on the shortlist: %1 × %2</source>
        <extracomment>%1 count, %2 deliverable format: the shortlist entry the figures are for</extracomment>
        <translation>Sesuai pesanan di daftar pendek: %1 × %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The brief&lt;/b&gt;</source>
        <translation>&lt;b&gt;Brief&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Angka-angka&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The follower count and average views are unknown: nothing is projected.</source>
        <translation>Jumlah pengikut dan rata-rata tayangan tidak diketahui: tidak ada yang diproyeksikan.</translation>
    </message>
    <message>
        <source>The follower count is unknown: reach and engagements come from the average views.</source>
        <translation>Jumlah pengikut tidak diketahui: jangkauan dan interaksi dihitung dari rata-rata tayangan.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>Biaya tidak diketahui: belum ada tarif yang tercantum atau disepakati.</translation>
    </message>
    <message>
        <source>Compare &amp;Candidates…</source>
        <translation>Bandingkan &amp;Kandidat…</translation>
    </message>
    <message>
        <source>Projects the selected candidates for the open campaign side by side, without adding them to the shortlist</source>
        <translation>Memproyeksikan kandidat yang dipilih untuk kampanye yang sedang dibuka secara berdampingan, tanpa memasukkannya ke daftar pendek</translation>
    </message>
    <message>
        <source>Open a campaign to compare candidates for it</source>
        <translation>Buka sebuah kampanye untuk membandingkan kandidat untuknya</translation>
    </message>
    <message>
        <source>Select %1 to %2 candidates in the list (Ctrl+click) to compare them</source>
        <extracomment>%1 the fewest, %2 the most candidates compared</extracomment>
        <translation>Pilih %1 sampai %2 kandidat di daftar (Ctrl+klik) untuk membandingkannya</translation>
    </message>
    <message>
        <source>At most %1 candidates can be compared; %2 are selected</source>
        <extracomment>%1 the most candidates compared, %2 how many are selected</extracomment>
        <translation>Paling banyak %1 kandidat dapat dibandingkan; %2 sedang dipilih</translation>
    </message>
    <message>
        <source>&amp;Brand Fit…</source>
        <translation>&amp;Kecocokan Merek…</translation>
    </message>
    <message>
        <source>Rates how well the selected candidate fits the campaign&apos;s brand, with reasons and a note</source>
        <translation>Menilai seberapa cocok kandidat terpilih dengan merek kampanye, dengan alasan dan catatan</translation>
    </message>
</context>
<context>
    <name>planner::CampaignCommand</name>
    <message>
        <source>“%1” is no longer in this file.</source>
        <translation>“%1” sudah tidak ada di berkas ini.</translation>
    </message>
    <message>
        <source>create campaign “%1”</source>
        <translation>pembuatan kampanye “%1”</translation>
    </message>
    <message>
        <source>edit campaign “%1”</source>
        <translation>perubahan kampanye “%1”</translation>
    </message>
    <message>
        <source>delete campaign “%1”</source>
        <translation>penghapusan kampanye “%1”</translation>
    </message>
    <message>
        <source>add “%1” to the shortlist</source>
        <translation>penambahan “%1” ke daftar pendek</translation>
    </message>
    <message>
        <source>remove “%1” from the shortlist</source>
        <translation>penghapusan “%1” dari daftar pendek</translation>
    </message>
    <message>
        <source>change “%1” on the shortlist</source>
        <translation>perubahan “%1” di daftar pendek</translation>
    </message>
    <message>
        <source>suggest a shortlist for “%1”</source>
        <translation>saran daftar pendek untuk “%1”</translation>
    </message>
</context>
<context>
    <name>planner::CampaignEditorDialog</name>
    <message>
        <source>“%1” is not an amount of money</source>
        <translation>“%1” bukan jumlah uang yang valid</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Kampanye baru</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Sunting kampanye</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Anggaran:</translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation>N&amp;iche:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Selesai:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Awareness buys the widest authentic reach in the target regions; niche trust buys authentic engagement from candidates of the target niches.</source>
        <translation>Kesadaran merek mengejar jangkauan asli seluas mungkin di wilayah sasaran; kepercayaan niche mengejar interaksi asli dari kandidat di niche sasaran.</translation>
    </message>
    <message>
        <source>Every figure of the campaign is shown in this currency; fees in other currencies convert through the exchange-rate table.</source>
        <translation>Semua angka kampanye ditampilkan dalam mata uang ini; tarif dalam mata uang lain dikonversi lewat tabel kurs.</translation>
    </message>
    <message>
        <source>Country or province codes, e.g. VN, ID-JK, IR-23; empty means anywhere</source>
        <translation>Kode negara atau provinsi, mis. VN, ID-JK, IR-23; kosongkan untuk semua wilayah</translation>
    </message>
    <message>
        <source>Niche trust counts only candidates of these niches; none checked means any niche.</source>
        <translation>Kepercayaan niche hanya menghitung kandidat dari niche ini; jika tidak ada yang dicentang, semua niche dihitung.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum diatur</translation>
    </message>
    <message>
        <source>The budget is typed in this unit</source>
        <translation>Anggaran diketik dalam satuan ini</translation>
    </message>
    <message>
        <source>Total budget, e.g. %1</source>
        <extracomment>%1 an amount with its digits grouped, such as 250,000,000</extracomment>
        <translation>Total anggaran, misalnya %1</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Bahasa apa pun</translation>
    </message>
    <message>
        <source>The languages the campaign&apos;s audience reads: a channel posting only in others counts less in goal fit (Assumptions).</source>
        <translation>Bahasa yang dibaca audiens kampanye: kanal yang hanya mengunggah dalam bahasa lain dihitung lebih rendah dalam kecocokan tujuan (Asumsi).</translation>
    </message>
</context>
<context>
    <name>planner::CampaignPanel</name>
    <message>
        <source>No campaign yet: create one with “New…” to build a shortlist.</source>
        <translation>Belum ada kampanye: buat dengan “Kampanye Baru…” untuk menyusun daftar pendek.</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>semua wilayah</translation>
    </message>
    <message>
        <source>any niche</source>
        <translation>semua niche</translation>
    </message>
    <message>
        <source>Goal: %1 · Budget: %2 · Niches: %3 · Regions: %4</source>
        <extracomment>Campaign summary: goal, budget, target niches, target regions</extracomment>
        <translation>Tujuan: %1 · Anggaran: %2 · Niche: %3 · Wilayah: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries counted</source>
        <translation>
            <numerusform>%Ln entri dihitung</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique reach %1 · Impressions %2 · Engagements %3</source>
        <translation>Jangkauan unik %1 · Impresi %2 · Interaksi %3</translation>
    </message>
    <message>
        <source>Cost %1, %2 of the budget left</source>
        <translation>Biaya %1, sisa anggaran %2</translation>
    </message>
    <message>
        <source>Cost %1, %2 over budget</source>
        <translation>Biaya %1, melebihi anggaran %2</translation>
    </message>
    <message>
        <source>CPM %1 · CPE %2 · EMV %3</source>
        <translation>CPM %1 · CPE %2 · EMV %3</translation>
    </message>
    <message>
        <source>* rests on a tier default rather than the candidate&apos;s own data (see the cell&apos;s tooltip)</source>
        <translation>* memakai nilai bawaan tingkat, bukan data milik kandidat (arahkan kursor ke sel untuk rinciannya)</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Kam&amp;panye:</translation>
    </message>
    <message>
        <source>The campaign whose shortlist and goal fit are shown</source>
        <translation>Kampanye yang daftar pendek dan kecocokan tujuannya ditampilkan</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>Kampanye Ba&amp;ru…</translation>
    </message>
    <message>
        <source>Creates a campaign with a goal, a budget and targets</source>
        <translation>Membuat kampanye dengan tujuan, anggaran, dan sasaran</translation>
    </message>
    <message>
        <source>Edit Ca&amp;mpaign…</source>
        <translation>S&amp;unting Kampanye…</translation>
    </message>
    <message>
        <source>Changes the open campaign&apos;s goal, budget, targets or dates</source>
        <translation>Mengubah tujuan, anggaran, sasaran, atau tanggal kampanye yang sedang dibuka</translation>
    </message>
    <message>
        <source>Delete Campaig&amp;n</source>
        <translation>Hapus Kampa&amp;nye</translation>
    </message>
    <message>
        <source>Deletes the open campaign and its shortlist</source>
        <translation>Menghapus kampanye yang sedang dibuka beserta daftar pendeknya</translation>
    </message>
    <message>
        <source>&amp;Remove from Shortlist</source>
        <translation>Ke&amp;luarkan dari Daftar Pendek</translation>
    </message>
    <message>
        <source>Takes the selected entry off the shortlist</source>
        <translation>Mengeluarkan entri yang dipilih dari daftar pendek</translation>
    </message>
    <message>
        <source>Double-click format, count, fee or status to change it</source>
        <translation>Klik dua kali bentuk konten, jumlah, tarif, atau status kerja sama untuk mengubahnya</translation>
    </message>
    <message>
        <source>Runs %1 – %2</source>
        <extracomment>Campaign summary: the campaign&apos;s first and last day</extracomment>
        <translation>Periode: %1 – %2</translation>
    </message>
    <message>
        <source>CPM and CPE show “—”: the shortlist costs nothing (or its fees are unknown), so a cost per impression or engagement is undefined, not free.</source>
        <translation>CPM dan CPE tampil “—”: daftar pendek tidak berbiaya (atau tarifnya belum diketahui), jadi biaya per tayangan atau interaksi tidak terdefinisi, bukan gratis.</translation>
    </message>
    <message>
        <source>CPM or CPE show “—”: no impressions or engagements are projected.</source>
        <translation>CPM atau CPE tampil “—”: tidak ada tayangan atau interaksi yang diproyeksikan.</translation>
    </message>
    <message>
        <source>This shortlist is empty. Select candidates in the list above and choose “Add to Shortlist” (Campaign menu), or let “Suggest Shortlist…” pick them for the budget.</source>
        <translation>Daftar pendek ini masih kosong. Pilih kandidat di daftar atas lalu pilih “Tambah ke Daftar Pendek” (menu Kampanye), atau biarkan “Sarankan Daftar Pendek…” memilihkannya sesuai anggaran.</translation>
    </message>
    <message>
        <source>New…</source>
        <extracomment>Button beside the campaign chooser: new campaign</extracomment>
        <translation>Baru…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Button beside the campaign chooser: edit the campaign</extracomment>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button beside the campaign chooser: delete the campaign</extracomment>
        <translation>Hapus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries left out of reach and engagements: their follower count and average views are unknown</source>
        <translation>
            <numerusform>%Ln entri tidak dihitung dalam jangkauan dan interaksi: jumlah pengikut dan rata-rata tayangannya tidak diketahui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CampaignStore</name>
    <message>
        <source>another campaign is already called “%1”</source>
        <translation>sudah ada kampanye lain bernama “%1”</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>the candidate has no channel on this platform</source>
        <translation>kandidat tidak memiliki kanal di media ini</translation>
    </message>
    <message>
        <source>the shortlist already holds this candidate with this platform and format</source>
        <translation>daftar pendek sudah memuat kandidat ini dengan media dan bentuk konten yang sama</translation>
    </message>
    <message>
        <source>The campaign could not be saved.</source>
        <translation>Kampanye tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The campaign could not be deleted.</source>
        <translation>Kampanye tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The shortlist entry could not be saved.</source>
        <translation>Entri daftar pendek tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The shortlist entry could not be deleted.</source>
        <translation>Entri daftar pendek tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The shortlist could not be replaced.</source>
        <translation>Daftar pendek tidak dapat diganti.</translation>
    </message>
    <message>
        <source>The shortlist entries could not be restored.</source>
        <translation>Entri daftar pendek tidak dapat dikembalikan.</translation>
    </message>
    <message>
        <source>The campaign could not be read.</source>
        <translation>Kampanye tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The campaigns could not be read.</source>
        <translation>Daftar kampanye tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The shortlist could not be read.</source>
        <translation>Daftar pendek tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateCommand</name>
    <message>
        <source>add “%1”</source>
        <translation>penambahan “%1”</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>perubahan “%1”</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>penghapusan “%1”</translation>
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
        <translation>Bandingkan Kandidat: %1</translation>
    </message>
    <message>
        <source>Projected for “%1” (%2), one piece of content each; the shortlist is unchanged</source>
        <extracomment>%1 campaign name, %2 goal</extracomment>
        <translation>Proyeksi untuk “%1” (%2), satu konten per orang; daftar pendek tidak berubah</translation>
    </message>
</context>
<context>
    <name>planner::CandidateEditorDialog</name>
    <message>
        <source>Add candidate</source>
        <translation>Tambah kandidat</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Sunting kandidat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation>N&amp;iche:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Name as the marketer knows them</source>
        <translation>Nama yang biasa Anda gunakan untuknya</translation>
    </message>
    <message>
        <source>Country or province codes, e.g. VN, ID-JK, IR-23</source>
        <translation>Kode negara atau provinsi, mis. VN, ID-JK, IR-23</translation>
    </message>
    <message>
        <source>Content creators make content for its own sake; influencers build an audience and promote; KOLs are recognised experts; KOCs are ordinary customers with a small, trusting following.</source>
        <translation>Konten kreator berkarya demi kontennya sendiri; influencer membangun audiens lalu berpromosi; KOL adalah pakar yang diakui; KOC adalah konsumen biasa dengan sedikit pengikut yang memercayainya.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <source>All niches</source>
        <translation>Semua niche</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>Search name or handle…</source>
        <translation>Cari nama atau akun…</translation>
    </message>
    <message>
        <source>Shows only candidates whose name or handle contains this text (Ctrl+F)</source>
        <translation>Hanya tampilkan kandidat yang nama atau akunnya memuat teks ini (Ctrl+F)</translation>
    </message>
    <message>
        <source>Content creator, influencer, KOL or KOC</source>
        <translation>Konten kreator, influencer, KOL, atau KOC</translation>
    </message>
    <message>
        <source>Follower tier: nano, micro, macro or mega</source>
        <translation>Tingkat pengikut: nano, mikro, makro, atau mega</translation>
    </message>
    <message>
        <source>Channel platform</source>
        <translation>Platform kanal</translation>
    </message>
    <message>
        <source>Niche or topic</source>
        <translation>Niche atau topik</translation>
    </message>
    <message>
        <source>Region; a country also includes its provinces and cities</source>
        <translation>Wilayah; negara sudah mencakup provinsi dan kotanya</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <extracomment>The button that shows the range filters; %1 how many of them are on</extracomment>
        <translation>Filter lain (%1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Filter lain</translation>
    </message>
    <message>
        <source>Ranges on followers, engagement, views, fee, authenticity and the projected CPM and CPE</source>
        <translation>Rentang pengikut, interaksi, tayangan, tarif, keaslian, serta CPM dan CPE proyeksi</translation>
    </message>
</context>
<context>
    <name>planner::CandidateOrderBuilder</name>
    <message>
        <source>The candidates in “%1” could not be sorted.</source>
        <extracomment>%1 the database file</extracomment>
        <translation>Daftar kandidat di “%1” tidak dapat diurutkan.</translation>
    </message>
</context>
<context>
    <name>planner::CandidatePanel</name>
    <message>
        <source>No file open</source>
        <translation>Tidak ada berkas yang terbuka</translation>
    </message>
    <message>
        <source>Candidates in this file: %1 · Channels shown: %2</source>
        <extracomment>Status bar: how many candidates the open file holds, how many channel rows match the filter</extracomment>
        <translation>Kandidat di berkas ini: %1 · Kanal yang tampil: %2</translation>
    </message>
    <message>
        <source>counting…</source>
        <extracomment>Status bar, while the rows matching a filter are being counted</extracomment>
        <translation>menghitung…</translation>
    </message>
</context>
<context>
    <name>planner::CandidateStore</name>
    <message>
        <source>The candidate could not be saved.</source>
        <translation>Kandidat tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The candidate could not be deleted.</source>
        <translation>Kandidat tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The candidates could not be saved.</source>
        <translation>Daftar kandidat tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateTableModel</name>
    <message>
        <source>%1 — %2
%3: %4 followers (%5)</source>
        <extracomment>Tooltip of a candidate row: %1 name, %2 kind, %3 platform, %4 followers, %5 tier</extracomment>
        <translation>%1 — %2
%3: %4 pengikut (%5)</translation>
    </message>
    <message>
        <source>Tier by followers on this channel; the thresholds are kept in the database.</source>
        <translation>Tingkat menurut jumlah pengikut di kanal ini; ambang batasnya disimpan di basis data.</translation>
    </message>
    <message>
        <source>Share of real followers</source>
        <translation>Persentase pengikut asli</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tingkat interaksi</translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation>Rata-rata tayangan</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Tarif per unggahan</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Keaslian</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Niche</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Real people reached in the campaign&apos;s regions per million %1 spent, for one piece of content in the channel&apos;s usual format</source>
        <extracomment>%1 currency code. Header tooltip of the goal-fit column for an awareness campaign</extracomment>
        <translation>Orang asli yang terjangkau di wilayah kampanye per satu juta %1 yang dibelanjakan, untuk satu konten dalam format biasa kanal ini</translation>
    </message>
    <message>
        <source>Engagements from real followers in the campaign&apos;s niches per million %1 spent, for one piece of content in the channel&apos;s usual format</source>
        <extracomment>%1 currency code. Header tooltip of the goal-fit column for a niche-trust campaign</extracomment>
        <translation>Interaksi dari pengikut asli di niche kampanye per satu juta %1 yang dibelanjakan, untuk satu konten dalam format biasa kanal ini</translation>
    </message>
    <message>
        <source>Goal fit</source>
        <extracomment>Column: what a channel brings to the campaign&apos;s goal per money spent</extracomment>
        <translation>Kecocokan tujuan</translation>
    </message>
    <message>
        <source>no rate</source>
        <extracomment>Goal-fit cell: the fee&apos;s currency has no exchange rate, so the cost is unknown</extracomment>
        <translation>tanpa kurs</translation>
    </message>
    <message>
        <source>free</source>
        <extracomment>Goal-fit cell of a channel that costs nothing</extracomment>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Cost of one %1: %2</source>
        <translation>Biaya satu %1: %2</translation>
    </message>
    <message>
        <source>Cost unknown: no exchange rate from %1 to %2</source>
        <translation>Biaya tidak diketahui: tidak ada kurs dari %1 ke %2</translation>
    </message>
    <message>
        <source>reach rate</source>
        <translation>tingkat jangkauan</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>tingkat interaksi</translation>
    </message>
    <message>
        <source>authenticity</source>
        <translation>keaslian</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>tarif</translation>
    </message>
    <message>
        <source>Rests on the tier&apos;s default %1</source>
        <extracomment>%1 list such as &quot;reach rate, authenticity and fee&quot;</extracomment>
        <translation>Memakai nilai bawaan tingkat untuk %1</translation>
    </message>
    <message>
        <source>No goal fit: choose a campaign to rank the candidates for its goal.</source>
        <translation>Belum ada kecocokan tujuan: pilih kampanye untuk memeringkat kandidat sesuai tujuannya.</translation>
    </message>
    <message>
        <source>%1 — %2
%3: follower count unknown (no tier)</source>
        <extracomment>Tooltip of a candidate row whose follower count is unknown: %1 name, %2 kind, %3 platform</extracomment>
        <translation>%1 — %2
%3: jumlah pengikut tidak diketahui (tanpa tier)</translation>
    </message>
    <message>
        <source>The follower count and average views are unknown: nothing is projected.</source>
        <extracomment>%1 deliverable format (Post, Video, Appearance), %2 money amount</extracomment>
        <translation>Jumlah pengikut dan rata-rata tayangan tidak diketahui: tidak ada yang diproyeksikan.</translation>
    </message>
    <message>
        <source>The follower count is unknown: reach and engagements come from the average views.</source>
        <translation>Jumlah pengikut tidak diketahui: jangkauan dan interaksi dihitung dari rata-rata tayangan.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>Biaya tidak diketahui: belum ada tarif yang tercantum atau disepakati.</translation>
    </message>
    <message>
        <source>%1 (sorting…)</source>
        <extracomment>Column header while the list is being sorted by it: %1 the column&apos;s title</extracomment>
        <translation>%1 (sedang diurutkan…)</translation>
    </message>
    <message>
        <source>The candidates could not be sorted.</source>
        <translation>Daftar kandidat tidak dapat diurutkan.</translation>
    </message>
</context>
<context>
    <name>planner::ChannelTableEditor</name>
    <message>
        <source>%1 (channel %2)</source>
        <translation>%1 (kanal %2)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” bukan angka</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Handle or show</source>
        <translation>Akun atau acara</translation>
    </message>
    <message>
        <source>Followers or audience</source>
        <translation>Pengikut atau audiens</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>Tingkat interaksi (%)</translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation>Rata-rata tayangan</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Tarif per unggahan</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Authenticity (%)</source>
        <translation>Keaslian (%)</translation>
    </message>
    <message>
        <source>Share of real followers</source>
        <translation>Persentase pengikut asli</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>&amp;Tambah kanal</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>&amp;Hapus kanal</translation>
    </message>
    <message>
        <source>Removes the selected channel</source>
        <translation>Menghapus kanal yang dipilih</translation>
    </message>
    <message>
        <source>Fees in IRR are typed in toman (ten rial), as shown</source>
        <translation>Tarif dalam IRR diketik dalam toman (sepuluh rial), sesuai tampilan</translation>
    </message>
    <message>
        <source>For TV, radio and print: the audience of one appearance. Leave it empty when the count is unknown: the channel then has no tier.</source>
        <translation>Untuk TV, radio, dan media cetak: jumlah audiens satu kali tampil. Kosongkan bila jumlahnya tidak diketahui: kanal itu lalu tidak punya tier.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The languages the channel posts in; a campaign&apos;s target languages count them in goal fit.</source>
        <translation>Bahasa yang dipakai kanal untuk mengunggah; bahasa sasaran kampanye memperhitungkannya dalam kecocokan tujuan.</translation>
    </message>
</context>
<context>
    <name>planner::ChartsPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Gambar vektor SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Ekspor Grafik</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation>Grafik tidak dapat disimpan ke “%1”.</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>&amp;Daftar pendek</translation>
    </message>
    <message>
        <source>Cost and &amp;reach</source>
        <translation>Biaya dan &amp;jangkauan</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Anggaran</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>T&amp;ujuan</translation>
    </message>
    <message>
        <source>Reach, engagements and cost of each shortlist entry</source>
        <translation>Jangkauan, interaksi, dan biaya setiap entri daftar pendek</translation>
    </message>
    <message>
        <source>What every candidate the filter shows brings for its cost</source>
        <translation>Hasil setiap kandidat yang lolos filter dibandingkan biayanya</translation>
    </message>
    <message>
        <source>Where the budget goes: by kind, tier and platform</source>
        <translation>Ke mana anggaran dialokasikan: per jenis, tingkat, dan media</translation>
    </message>
    <message>
        <source>The awareness plan and the niche-trust plan for the same budget</source>
        <translation>Rencana kesadaran merek dan rencana kepercayaan niche dengan anggaran yang sama</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>&amp;Ekspor Grafik…</translation>
    </message>
    <message>
        <source>Saves the chart on show as PNG, SVG or PDF</source>
        <translation>Menyimpan grafik yang sedang ditampilkan sebagai PNG, SVG, atau PDF</translation>
    </message>
    <message>
        <source>Chart “%1” written to %2</source>
        <extracomment>Status bar after an export: %1 the chart&apos;s tab, %2 the file written</extracomment>
        <translation>Grafik “%1” disimpan ke %2</translation>
    </message>
    <message>
        <source>Full Si&amp;ze…</source>
        <translation>&amp;Ukuran Penuh…</translation>
    </message>
    <message>
        <source>Opens the chart on show in a window of its own, as large as you make it</source>
        <translation>Membuka grafik yang sedang tampil di jendela tersendiri, sebesar yang Anda mau</translation>
    </message>
</context>
<context>
    <name>planner::CostScatterChart</name>
    <message>
        <source>Open a campaign to see what each candidate brings for its cost.</source>
        <translation>Buka kampanye untuk melihat hasil setiap kandidat dibandingkan biayanya.</translation>
    </message>
    <message>
        <source>Most for the money</source>
        <translation>Paling efisien</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Terpilih</translation>
    </message>
    <message>
        <source>Showing the first %1 channels: narrow the filter to see all.</source>
        <translation>Menampilkan %1 kanal pertama: persempit filter untuk melihat semuanya.</translation>
    </message>
    <message>
        <source>%1 channels; the line joins the efficient ones.</source>
        <translation>%1 kanal; garis menghubungkan kanal yang paling efisien.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Biaya: %1</translation>
    </message>
    <message>
        <source>Authentic reach: %1</source>
        <translation>Jangkauan asli: %1</translation>
    </message>
    <message>
        <source>Engagements: %1</source>
        <translation>Interaksi: %1</translation>
    </message>
    <message>
        <source>Authentic reach</source>
        <translation>Jangkauan asli</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>What to set against the cost</source>
        <translation>Ukuran yang dibandingkan dengan biaya</translation>
    </message>
</context>
<context>
    <name>planner::DemoData</name>
    <message>
        <source>The demo candidates are missing from this build of the program.</source>
        <translation>Data kandidat contoh tidak ada dalam build program ini.</translation>
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
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>harus berupa kode ISO tiga huruf, misalnya IDR</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>must be above zero</source>
        <translation>harus lebih dari nol</translation>
    </message>
    <message>
        <source>the US dollar is the base and stays 1</source>
        <translation>dolar AS adalah mata uang dasar dan tetap bernilai 1</translation>
    </message>
    <message>
        <source>the US dollar is the base and cannot be removed</source>
        <translation>dolar AS adalah mata uang dasar dan tidak dapat dihapus</translation>
    </message>
    <message>
        <source>The exchange rate could not be removed.</source>
        <translation>Kurs tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The exchange rate could not be saved.</source>
        <translation>Kurs tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>planner::ExportActions</name>
    <message>
        <source>Export &amp;Shortlist…</source>
        <translation>Ekspor &amp;Daftar Pendek…</translation>
    </message>
    <message>
        <source>Export &amp;Candidates…</source>
        <translation>Ekspor Ka&amp;ndidat…</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV, UTF-8 without BOM (*.csv)</source>
        <translation>CSV biasa, UTF-8 tanpa BOM (*.csv)</translation>
    </message>
    <message>
        <source>Writing the candidates…</source>
        <translation>Mengekspor data kandidat…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export Shortlist</source>
        <translation>Ekspor Daftar Pendek</translation>
    </message>
    <message>
        <source>Export Candidates</source>
        <translation>Ekspor Kandidat</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>kandidat</translation>
    </message>
    <message>
        <source>Saves the open campaign&apos;s shortlist with every projected figure as an Excel workbook or CSV</source>
        <translation>Menyimpan daftar pendek kampanye yang terbuka beserta semua angka proyeksinya sebagai buku kerja Excel atau CSV</translation>
    </message>
    <message>
        <source>Saves the candidate table as filtered and sorted as an Excel workbook or CSV</source>
        <translation>Menyimpan tabel kandidat sesuai filter dan urutan saat ini sebagai buku kerja Excel atau CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Column names in the interface language (untick for the English keys scripts and the import read)</source>
        <translation>Nama kolom dalam bahasa antarmuka (hapus centang untuk kunci bahasa Inggris yang dibaca skrip dan fitur impor)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Shortlist of “%1” written to %2</source>
        <extracomment>Status bar after an export: %1 the campaign, %2 the file written</extracomment>
        <translation>Daftar pendek “%1” disimpan ke %2</translation>
    </message>
    <message>
        <source>Candidates as filtered written to %1</source>
        <extracomment>Status bar after an export: %1 the file written</extracomment>
        <translation>Kandidat sesuai filter disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>planner::GoalComparisonChart</name>
    <message>
        <source>Unique reach</source>
        <translation>Jangkauan unik</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
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
        <translation>Kandidat per jenis</translation>
    </message>
    <message>
        <source>Choose “Compare Goals…” to plan the budget for both goals and see them here.</source>
        <translation>Pilih “Bandingkan Tujuan…” untuk merencanakan anggaran bagi kedua tujuan dan melihat hasilnya di sini.</translation>
    </message>
</context>
<context>
    <name>planner::GuideDialog</name>
    <message>
        <source>Who is who</source>
        <translation>Mengenal jenis kandidat</translation>
    </message>
    <message>
        <source>Every candidate is one of four kinds. The kind says what a person is good for, not how many followers they have.</source>
        <translation>Setiap kandidat termasuk salah satu dari empat jenis. Jenis menunjukkan keunggulan seseorang, bukan berapa banyak pengikutnya.</translation>
    </message>
    <message>
        <source>makes content for its own sake and knows one niche deeply. Their audience is loyal and their posts live long; they choose brands that fit their values.</source>
        <translation>membuat konten demi kualitas kontennya sendiri dan paham betul satu niche. Audiensnya loyal dan kontennya awet; mereka memilih merek yang sesuai dengan nilai mereka.</translation>
    </message>
    <message>
        <source>builds a personal brand and talks with a large audience every day. Good for making a brand known; the fee grows with the reach, and stories are gone in a day.</source>
        <translation>membangun personal branding dan berinteraksi dengan banyak pengikut setiap hari. Cocok untuk meningkatkan kesadaran merek; tarifnya naik seiring jangkauan, dan story hilang dalam sehari.</translation>
    </message>
    <message>
        <source>a key opinion leader: known for expertise (a doctor, a chef, an analyst), often in one city or country, and also on TV, radio or in print. Lends credibility; fails when they have never used the product.</source>
        <translation>pemimpin opini kunci: dikenal karena keahliannya (dokter, koki, analis), sering di satu kota atau negara, dan juga tampil di TV, radio, atau media cetak. Memberi kredibilitas; gagal bila mereka tak pernah memakai produknya.</translation>
    </message>
    <message>
        <source>a key opinion consumer: an ordinary customer with a small following that trusts them. Cheap and convincing close to the sale, but with little reach.</source>
        <translation>konsumen opini kunci: pelanggan biasa dengan pengikut sedikit yang memercayainya. Murah dan meyakinkan menjelang pembelian, tetapi jangkauannya kecil.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tingkatan</translation>
    </message>
    <message>
        <source>The tier counts a channel&apos;s followers: %1 below %2, %3 from %2, %4 from %5 and %6 from %7 followers. The bounds are assumptions you can change (Campaign menu).</source>
        <translation>Tingkatan dihitung dari jumlah pengikut sebuah kanal: %1 di bawah %2, %3 mulai %2, %4 mulai %5, dan %6 mulai %7 pengikut. Batas-batas ini adalah asumsi yang bisa Anda ubah (menu Kampanye).</translation>
    </message>
    <message>
        <source>Bigger is not always better: nano and micro accounts often win a campaign because they fit the product and keep their audience engaged.</source>
        <translation>Lebih besar tidak selalu lebih baik: akun nano dan mikro sering memenangkan kampanye karena cocok dengan produk dan menjaga engagement audiensnya.</translation>
    </message>
    <message>
        <source>The two goals</source>
        <translation>Dua tujuan</translation>
    </message>
    <message>
        <source>reach as many real people in the target regions as the budget buys, counted as authentic reach and impressions. Mega and macro influencers and KOLs in the mass media serve it.</source>
        <translation>menjangkau sebanyak mungkin orang sungguhan di wilayah sasaran sesuai anggaran, dihitung sebagai jangkauan autentik dan impresi. Influencer mega dan makro serta KOL di media massa cocok untuk tujuan ini.</translation>
    </message>
    <message>
        <source>win a community through someone it already trusts, counted as authentic engagement from candidates of the target niches. Creators, micro and nano influencers, expert KOLs and KOCs serve it.</source>
        <translation>merebut hati sebuah komunitas lewat orang yang sudah mereka percayai, dihitung sebagai engagement autentik dari kandidat di niche sasaran. Konten kreator, influencer mikro dan nano, KOL ahli, serta KOC cocok untuk tujuan ini.</translation>
    </message>
    <message>
        <source>Most brands mix both. “Compare Goals…” plans the same budget for each goal, so you can see what one buys that the other does not.</source>
        <translation>Sebagian besar merek memadukan keduanya. “Bandingkan Tujuan…” menyusun rencana dengan anggaran yang sama untuk tiap tujuan, sehingga Anda bisa melihat apa yang didapat satu tujuan dan tidak didapat yang lain.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
</context>
<context>
    <name>planner::HelpActions</name>
    <message>
        <source>Getting &amp;Started</source>
        <translation>&amp;Memulai</translation>
    </message>
    <message>
        <source>Shows the three first steps again</source>
        <translation>Menampilkan lagi tiga langkah pertama</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>Explains creators, influencers, KOLs and KOCs, the tiers and the two goals</source>
        <translation>Menjelaskan konten kreator, influencer, KOL dan KOC, tingkatan, serta dua tujuan</translation>
    </message>
    <message>
        <source>&amp;About Campaign Planner</source>
        <translation>&amp;Tentang Campaign Planner</translation>
    </message>
</context>
<context>
    <name>planner::ImportDialog</name>
    <message>
        <source>Importing candidates…</source>
        <translation>Mengimpor kandidat…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Impor dibatalkan: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <extracomment>A rejected row: file name, line, column, reason</extracomment>
        <translation>%1, baris %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>Import Candidates</source>
        <translation>Impor Kandidat</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>karakter tab</translation>
    </message>
    <message>
        <source>&amp;When a candidate is already in the file (same platform and handle):</source>
        <translation>&amp;Jika kandidat sudah ada di berkas (media dan akun sama):</translation>
    </message>
    <message>
        <source>Keep the stored one</source>
        <translation>Pertahankan data yang tersimpan</translation>
    </message>
    <message>
        <source>Update it from the import</source>
        <translation>Perbarui dengan data impor</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <extracomment>Title of the file dialog that saves the import report</extracomment>
        <translation>Simpan Laporan Impor</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose under a column what it holds.</source>
        <translation>Pilih isi kolom di bawah judul kolomnya.</translation>
    </message>
    <message>
        <source>Nothing in the file says which platform these candidates are on: choose it above.</source>
        <translation>Berkas tidak menyebutkan media para kandidat ini: pilih di atas.</translation>
    </message>
    <message>
        <source>“%1” means no value: left empty</source>
        <extracomment>A preview cell: %1 its text (NULL, N/A, #NAME?)</extracomment>
        <translation>“%1” berarti tidak ada nilai: dibiarkan kosong</translation>
    </message>
    <message>
        <source>This row will not be imported: %1</source>
        <translation>Baris ini tidak akan diimpor: %1</translation>
    </message>
    <message>
        <source>Left empty: %1</source>
        <translation>Dibiarkan kosong: %1</translation>
    </message>
    <message>
        <source>If imported now: %1 new, %2 updated, %3 already stored (skipped), %4 rejected; values left empty: %5.</source>
        <extracomment>Before importing: what a dry run of the whole file found</extracomment>
        <translation>Jika diimpor sekarang: %1 baru, %2 diperbarui, %3 sudah ada (dilewati), %4 ditolak; nilai dibiarkan kosong: %5.</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3, rejected %4; values left empty: %5.</source>
        <extracomment>Import summary: counts of rows and of values left empty</extracomment>
        <translation>Diimpor %1, diperbarui %2, dilewati %3, ditolak %4; nilai dibiarkan kosong: %5.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3, left empty: %4</source>
        <extracomment>A value left empty in an imported row: file name, line, column, reason</extracomment>
        <translation>%1, baris %2, kolom %3, dibiarkan kosong: %4</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column headers of the saved import report</extracomment>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>row rejected</source>
        <translation>baris ditolak</translation>
    </message>
    <message>
        <source>value left empty</source>
        <translation>nilai dibiarkan kosong</translation>
    </message>
    <message>
        <source>%1. Choose under each column what it holds; the first rows are shown below, each value that will be left empty marked (hover it to see why).</source>
        <translation>%1. Pilih isi setiap kolom; baris-baris pertama tampil di bawah, setiap nilai yang akan dibiarkan kosong ditandai (arahkan kursor untuk melihat alasannya).</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Enkode:</translation>
    </message>
    <message>
        <source>Found from the file: %1</source>
        <extracomment>%1 the encoding found (UTF-8)</extracomment>
        <translation>Dikenali dari berkas: %1</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Pemisah:</translation>
    </message>
    <message>
        <source>Found from the file: “%1”</source>
        <extracomment>%1 the separator found (, ; or tab)</extracomment>
        <translation>Dikenali dari berkas: “%1”</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Media:</translation>
    </message>
    <message>
        <source>As the file says (rows that do not say it are rejected)</source>
        <translation>Sesuai berkas (baris yang tidak menyebutkannya ditolak)</translation>
    </message>
    <message>
        <source>Choose the platform…</source>
        <translation>Pilih media…</translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation>&amp;Simpan Laporan sebagai CSV…</translation>
    </message>
    <message>
        <source>This workbook has several sheets: choose the one to &amp;import:</source>
        <translation>Buku kerja ini punya beberapa lembar: pilih lembar yang akan &amp;diimpor:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <source>%1 — sheet “%2”. Numbers, percentages and dates are taken as the workbook types them. Choose under each column what it holds; the first rows are shown below.</source>
        <translation>%1 — lembar “%2”. Angka, persentase, dan tanggal diambil sesuai jenisnya di buku kerja. Pilih isi setiap kolom; baris-baris pertama ditampilkan di bawah.</translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <extracomment>A rejected row of a workbook: file name, sheet and cell (&apos;Sheet1&apos;!D14), reason</extracomment>
        <translation>%1, sel %2: %3</translation>
    </message>
    <message>
        <source>%1, cell %2, left empty: %3</source>
        <extracomment>A value left empty in a workbook&apos;s row: file name, sheet and cell (&apos;Sheet1&apos;!D14), reason</extracomment>
        <translation>%1, sel %2, dibiarkan kosong: %3</translation>
    </message>
    <message>
        <source>Checking the whole file…</source>
        <translation>Memeriksa seluruh berkas…</translation>
    </message>
    <message>
        <source>The check of the whole file was cancelled, so what an import would do is not known. Change any choice above to check again, or import anyway.</source>
        <translation>Pemeriksaan seluruh berkas dibatalkan, jadi hasil impor belum diketahui. Ubah salah satu pilihan di atas untuk memeriksa lagi, atau tetap impor.</translation>
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
        <translation>Berkas %1 — Campaign Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; keep it recognisable in every language</extracomment>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;New Campaign Database…</source>
        <translation>Basis Data Kampanye Ba&amp;ru…</translation>
    </message>
    <message>
        <source>Creates an empty campaign database file</source>
        <translation>Membuat berkas basis data kampanye yang masih kosong</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Opens a campaign database file</source>
        <translation>Membuka berkas basis data kampanye</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Simpan Sebagai…</translation>
    </message>
    <message>
        <source>Saves a copy of this database under a new name and continues in the copy</source>
        <translation>Menyimpan salinan basis data ini dengan nama baru, lalu melanjutkan kerja di salinan tersebut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>&amp;Tambah Kandidat…</translation>
    </message>
    <message>
        <source>Adds a content creator, influencer, KOL or KOC</source>
        <translation>Menambahkan konten kreator, influencer, KOL, atau KOC</translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation>&amp;Sunting Kandidat…</translation>
    </message>
    <message>
        <source>Edits the selected candidate and their channels</source>
        <translation>Menyunting kandidat yang dipilih beserta kanalnya</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation>&amp;Hapus Kandidat</translation>
    </message>
    <message>
        <source>Deletes the selected candidate and all their channels</source>
        <translation>Menghapus kandidat yang dipilih beserta semua kanalnya</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 says what would be undone, e.g. &quot;delete “Nguyễn Thu Hà”&quot;</extracomment>
        <translation>&amp;Batalkan %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 says what would be redone</extracomment>
        <translation>&amp;Ulangi %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>New Campaign Database</source>
        <translation>Basis Data Kampanye Baru</translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite)</source>
        <translation>Basis data kampanye (*.sqlite)</translation>
    </message>
    <message>
        <source>The file “%1” cannot be replaced.</source>
        <translation>Berkas “%1” tidak dapat ditimpa.</translation>
    </message>
    <message>
        <source>Open Campaign Database</source>
        <translation>Buka Basis Data Kampanye</translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite *.db)</source>
        <translation>Basis data kampanye (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save Campaign Database As</source>
        <translation>Simpan Basis Data Kampanye Sebagai</translation>
    </message>
    <message>
        <source>Add Candidate</source>
        <translation>Tambah Kandidat</translation>
    </message>
    <message>
        <source>Edit Candidate</source>
        <translation>Sunting Kandidat</translation>
    </message>
    <message>
        <source>Delete Candidate</source>
        <translation>Hapus Kandidat</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampanye</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>&amp;Tampilkan Grafik</translation>
    </message>
    <message>
        <source>Shows or hides the charts beside the shortlist</source>
        <translation>Menampilkan atau menyembunyikan grafik di samping daftar pendek</translation>
    </message>
    <message>
        <source>&amp;Import Candidates…</source>
        <translation>&amp;Impor Kandidat…</translation>
    </message>
    <message>
        <source>Import Candidates</source>
        <translation>Impor Kandidat</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>Berkas CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Iranian Amounts in &amp;Toman</source>
        <translation>Nominal Iran dalam &amp;toman</translation>
    </message>
    <message>
        <source>Shows and takes rial amounts in toman (ten rial); the file keeps rial</source>
        <translation>Menampilkan dan menerima nominal rial dalam toman (sepuluh rial); berkas tetap menyimpan rial</translation>
    </message>
    <message>
        <source>Adds candidates from a CSV file or an Excel or LibreOffice workbook: platform exports or colleagues&apos; sheets</source>
        <translation>Menambahkan kandidat dari berkas CSV atau buku kerja Excel atau LibreOffice: ekspor platform atau lembar kerja rekan</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.xlsx *.ods *.xml)</source>
        <translation>Berkas CSV dan buku kerja (*.csv *.txt *.tsv *.xlsx *.ods *.xml)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.ods *.xml)</source>
        <translation>Buku kerja (*.xlsx *.ods *.xml)</translation>
    </message>
</context>
<context>
    <name>planner::PlanDialog</name>
    <message>
        <source>Compare goals — %1</source>
        <translation>Bandingkan tujuan — %1</translation>
    </message>
    <message>
        <source>Suggested shortlist — %1</source>
        <translation>Saran daftar pendek — %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status kerja sama</translation>
    </message>
    <message>
        <source>Authentic reach</source>
        <translation>Jangkauan asli</translation>
    </message>
    <message>
        <source>Authentic engagements</source>
        <translation>Interaksi asli</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (dikunci)</translation>
    </message>
    <message>
        <source>&amp;Use This Plan</source>
        <translation>&amp;Pakai Rencana Ini</translation>
    </message>
    <message>
        <source>Replaces the unlocked entries of the shortlist with this plan (undoable)</source>
        <translation>Mengganti entri daftar pendek yang tidak dikunci dengan rencana ini (dapat dibatalkan)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>Heading of a suggested plan; %1 is the goal</extracomment>
        <translation>Tujuan: %1</translation>
    </message>
    <message>
        <source>No shortlist fits: %1</source>
        <translation>Tidak ada daftar pendek yang memenuhi syarat: %1</translation>
    </message>
    <message>
        <source>Authentic reach in the target regions: %1</source>
        <translation>Jangkauan asli di wilayah sasaran: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidates · cost %1 of %2</source>
        <translation>
            <numerusform>%Ln kandidat · biaya %1 dari %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique reach %1 · impressions %2 · engagements %3</source>
        <translation>Jangkauan unik %1 · impresi %2 · interaksi %3</translation>
    </message>
    <message>
        <source>No other shortlist within the budget brings more.</source>
        <translation>Tidak ada daftar pendek lain dalam anggaran yang memberi hasil lebih besar.</translation>
    </message>
    <message>
        <source>At most %1 below the best possible shortlist.</source>
        <translation>Paling banyak %1 di bawah daftar pendek terbaik yang mungkin.</translation>
    </message>
    <message>
        <source>Authentic engagements in the target niches and regions: %1</source>
        <translation>Interaksi asli di niche dan wilayah sasaran: %1</translation>
    </message>
</context>
<context>
    <name>planner::ProjectionQualityChart</name>
    <message>
        <source>No completed campaign has results yet: enter them under Campaign ▸ Results…, mark the campaign completed, and each delivered entry shows here.</source>
        <translation>Belum ada kampanye selesai yang punya hasil: isi di Kampanye ▸ Hasil…, tandai kampanye selesai, dan setiap entri yang sudah tayang muncul di sini.</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Proyeksi</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <source>Actual = projected</source>
        <translation>Aktual = proyeksi</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: typical error %3 (%Ln entries)</source>
        <extracomment>%1 platform, %2 tier, %3 typical error (a percentage), %4 how many entries</extracomment>
        <translation>
            <numerusform>%1 · %2: galat umum %3 (%Ln entri)</numerusform>
        </translation>
    </message>
    <message>
        <source>results ran %1 above the projections</source>
        <extracomment>Appended to a typical error line: %1 a percentage</extracomment>
        <translation>hasil %1 di atas proyeksi</translation>
    </message>
    <message>
        <source>results ran %1 below the projections</source>
        <translation>hasil %1 di bawah proyeksi</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Ukuran:</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaksi</translation>
    </message>
</context>
<context>
    <name>planner::RangeFilterRow</name>
    <message>
        <source>No exchange rate for this currency in the file</source>
        <translation>Tidak ada kurs untuk mata uang ini di berkas</translation>
    </message>
    <message>
        <source>%1 left out: figure unknown</source>
        <extracomment>After the range filters: rows hidden because a figure a range bounds is not known</extracomment>
        <translation>%1 tidak ditampilkan: angkanya tidak diketahui</translation>
    </message>
    <message>
        <source>Followers:</source>
        <translation>Pengikut:</translation>
    </message>
    <message>
        <source>Engagement %:</source>
        <translation>Interaksi %:</translation>
    </message>
    <message>
        <source>Avg. views:</source>
        <translation>Rata-rata tayangan:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <extracomment>%1 the campaign&apos;s currency code, in which fees are typed and compared</extracomment>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Fee (%1):</source>
        <translation>Tarif (%1):</translation>
    </message>
    <message>
        <source>Authenticity %:</source>
        <translation>Keaslian %:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Inclusive; numbers as you write them: 15K, 1,2 jt, 3,5 %. A candidate whose figure is unknown is left out.</source>
        <extracomment>Tooltip of the range fields; the examples are typed values</extracomment>
        <translation>Termasuk batasnya; tulis angka seperti biasa: 15K, 1,2 jt, 3,5 %. Kandidat yang angkanya tidak diketahui tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Clears every range of More filters</source>
        <translation>Menghapus semua rentang di Filter lain</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Bahasa apa pun</translation>
    </message>
    <message>
        <source>Channels that post in any of the ticked languages; a channel whose languages are unknown is left out.</source>
        <translation>Kanal yang mengunggah dalam salah satu bahasa yang dicentang; kanal yang bahasanya tidak diketahui tidak ditampilkan.</translation>
    </message>
    <message>
        <source>CPM (%1):</source>
        <extracomment>%1 the open campaign&apos;s currency code; CPM: cost per thousand impressions, projected (the next label, CPE: cost per engagement, projected)</extracomment>
        <translation>CPM proyeksi (%1):</translation>
    </message>
    <message>
        <source>CPM:</source>
        <translation>CPM proyeksi:</translation>
    </message>
    <message>
        <source>CPE (%1):</source>
        <translation>CPE proyeksi (%1):</translation>
    </message>
    <message>
        <source>CPE:</source>
        <translation>CPE proyeksi:</translation>
    </message>
    <message>
        <source>Projected for the open campaign: one post, video or appearance at the listed fee (else the tier&apos;s default), in %1. A candidate whose cost, impressions or engagements cannot be projected is left out.</source>
        <translation>Proyeksi untuk kampanye yang terbuka: satu unggahan, video, atau penampilan dengan tarif yang tercantum (jika tidak ada, tarif bawaan tingkatnya), dalam %1. Kandidat yang biaya, impresi, atau interaksinya tidak dapat diproyeksikan tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Choose a campaign: CPM and CPE are projected for it.</source>
        <translation>Pilih kampanye: CPM dan CPE diproyeksikan untuk kampanye itu.</translation>
    </message>
</context>
<context>
    <name>planner::ReadOnlyGuard</name>
    <message>
        <source>View only</source>
        <extracomment>Status bar, when the user may only read the team database</extracomment>
        <translation>Hanya lihat</translation>
    </message>
    <message>
        <source>You can only view this team database; ask its owner for the planner role.</source>
        <translation>Anda hanya dapat melihat basis data tim ini; minta pemiliknya memberi Anda peran perencana.</translation>
    </message>
</context>
<context>
    <name>planner::ReportActions</name>
    <message>
        <source>Media Plan &amp;Report…</source>
        <translation>&amp;Laporan Rencana Media…</translation>
    </message>
    <message>
        <source>Writes the campaign&apos;s media plan for the client as a PDF or an HTML file, in the language you choose</source>
        <translation>Menulis rencana media kampanye untuk klien sebagai berkas PDF atau HTML, dalam bahasa pilihan Anda</translation>
    </message>
    <message>
        <source>Media plan report</source>
        <translation>Laporan rencana media</translation>
    </message>
    <message>
        <source>The report&apos;s language:</source>
        <translation>Bahasa laporan:</translation>
    </message>
    <message>
        <source>%1 media plan.pdf</source>
        <extracomment>the file name a report is offered under; %1 campaign name</extracomment>
        <translation>%1 rencana media.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML for mail and intranets (*.html)</source>
        <translation>PDF (*.pdf);;HTML untuk email dan intranet (*.html)</translation>
    </message>
    <message>
        <source>Media plan report written to %1</source>
        <translation>Laporan rencana media ditulis ke %1</translation>
    </message>
    <message>
        <source>The title on the cover, as the client should read it (empty: &quot;Media plan&quot;):</source>
        <translation>Judul di sampul, sebagaimana klien akan membacanya (kosong: &quot;Rencana media&quot;):</translation>
    </message>
</context>
<context>
    <name>planner::ResultActions</name>
    <message>
        <source>&amp;Results…</source>
        <translation>&amp;Hasil…</translation>
    </message>
    <message>
        <source>Enters or imports what each delivered post really did, and marks the campaign completed</source>
        <translation>Mengisi atau mengimpor hasil nyata setiap postingan, dan menandai kampanye selesai</translation>
    </message>
    <message>
        <source>How Good Are Our &amp;Projections?…</source>
        <translation>Seberapa Tepat &amp;Proyeksi Kita?…</translation>
    </message>
    <message>
        <source>Shows the projected against the actual figures of every completed campaign</source>
        <translation>Menampilkan angka proyeksi dibanding angka aktual dari setiap kampanye yang selesai</translation>
    </message>
    <message>
        <source>How Good Are Our Projections?</source>
        <translation>Seberapa Tepat Proyeksi Kita?</translation>
    </message>
</context>
<context>
    <name>planner::ResultStore</name>
    <message>
        <source>a date is needed</source>
        <translation>tanggal diperlukan</translation>
    </message>
    <message>
        <source>must not be below zero</source>
        <translation>tidak boleh di bawah nol</translation>
    </message>
    <message>
        <source>must be an amount not below zero in a known currency</source>
        <translation>harus berupa jumlah tidak di bawah nol dalam mata uang yang dikenal</translation>
    </message>
    <message>
        <source>the shortlist entry does not exist</source>
        <translation>entri daftar pendek tidak ada</translation>
    </message>
    <message>
        <source>The result could not be saved.</source>
        <translation>Hasil tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The results could not be saved.</source>
        <translation>Hasil-hasil tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The result could not be removed.</source>
        <translation>Hasil tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The results could not be read.</source>
        <translation>Hasil tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The shortlist could not be read.</source>
        <translation>Daftar pendek tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The campaign could not be marked completed.</source>
        <translation>Kampanye tidak dapat ditandai selesai.</translation>
    </message>
    <message>
        <source>The campaign could not be reopened.</source>
        <translation>Kampanye tidak dapat dibuka kembali.</translation>
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
        <translation>Baris %1, %2: “%3” bukan angka nol atau lebih; sel tetap berisi nilai sebelumnya.</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Impor Hasil</translation>
    </message>
    <message>
        <source>Post insights (*.csv *.txt *.xlsx *.ods *.xml);;All files (*)</source>
        <translation>Insight konten (*.csv *.txt *.xlsx *.ods *.xml);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Importing results…</source>
        <translation>Mengimpor hasil…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Impor dibatalkan: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>%1 results imported, %2 rows refused.</source>
        <extracomment>After an import of results: how many rows were stored and refused</extracomment>
        <translation>%1 hasil diimpor, %2 baris ditolak.</translation>
    </message>
    <message>
        <source>Results of “%1”</source>
        <extracomment>Window title: %1 the campaign&apos;s name</extracomment>
        <translation>Hasil “%1”</translation>
    </message>
    <message>
        <source>What each delivered post or video really did, as the platform&apos;s insights report it. Type the figures into the table (an empty cell is a figure you do not have) or import a post-insights export. Results of completed campaigns teach the assumptions.</source>
        <translation>Hasil nyata setiap postingan atau video yang sudah tayang, sesuai insight dari media. Ketik angkanya di tabel (sel kosong berarti angka yang belum Anda punya) atau impor ekspor insight. Hasil kampanye yang sudah selesai menjadi bahan belajar untuk asumsi.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Untuk:</translation>
    </message>
    <message>
        <source>&amp;Add Result</source>
        <translation>&amp;Tambah Hasil</translation>
    </message>
    <message>
        <source>&amp;Remove Result</source>
        <translation>&amp;Hapus Hasil</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <source>Campaign &amp;completed on</source>
        <translation>Kampanye &amp;selesai pada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klik</translation>
    </message>
    <message>
        <source>Fee paid (%1)</source>
        <extracomment>Column: the fee actually paid, %1 the campaign&apos;s currency</extracomment>
        <translation>Tarif dibayar (%1)</translation>
    </message>
</context>
<context>
    <name>planner::SavedViewsButton</name>
    <message>
        <source>Save View</source>
        <translation>Simpan Tampilan</translation>
    </message>
    <message>
        <source>Name of the view (filters, sort and columns as shown now; kept in the file):</source>
        <translation>Nama tampilan (filter, urutan, dan kolom seperti yang tampak sekarang; disimpan di berkas):</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Hapus Tampilan</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Simpan Tampilan…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Saved views: a named filter, sort and column set, kept in the file</source>
        <translation>Tampilan tersimpan: filter, urutan, dan kolom bernama, disimpan di berkas</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistChart</name>
    <message>
        <source>Put candidates on the shortlist to compare them here.</source>
        <translation>Masukkan kandidat ke daftar pendek untuk membandingkannya di sini.</translation>
    </message>
    <message>
        <source>Each measure as a share of its largest entry</source>
        <translation>Persentase dari nilai tertinggi per metrik</translation>
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
        <translation>Daftar pendek “%1” per ukuran</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistSuggestRunner</name>
    <message>
        <source>Suggest shortlist</source>
        <translation>Sarankan daftar pendek</translation>
    </message>
    <message>
        <source>Compare goals</source>
        <translation>Bandingkan tujuan</translation>
    </message>
    <message>
        <source>Weighing every candidate against the budget…</source>
        <translation>Menimbang setiap kandidat terhadap anggaran…</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistTableModel</name>
    <message>
        <source>(deleted candidate)</source>
        <translation>(kandidat terhapus)</translation>
    </message>
    <message>
        <source>no exchange rate</source>
        <translation>tidak ada kurs</translation>
    </message>
    <message>
        <source>This candidate has no %1 channel any more: the entry counts for nothing.</source>
        <translation>Kandidat ini tidak lagi memiliki kanal %1: entri ini tidak dihitung.</translation>
    </message>
    <message>
        <source>Declined: stays on the shortlist but counts for nothing.</source>
        <translation>Menolak: tetap ada di daftar pendek, tetapi tidak dihitung.</translation>
    </message>
    <message>
        <source>Locked entries stay as they are when a shortlist is suggested.</source>
        <translation>Entri yang dikunci tidak diubah saat daftar pendek disarankan.</translation>
    </message>
    <message>
        <source>No exchange rate from the fee&apos;s currency to %1: add one under Assumptions.</source>
        <translation>Belum ada kurs dari mata uang tarif ke %1: tambahkan di Asumsi.</translation>
    </message>
    <message>
        <source>the assumed reach rate (%1 per deliverable), as average views are unknown</source>
        <translation>tingkat jangkauan asumsi (%1 per konten), karena rata-rata tayangan tidak diketahui</translation>
    </message>
    <message>
        <source>the tier&apos;s default authenticity (%1 real followers)</source>
        <translation>keaslian bawaan tingkat ini (%1 pengikut asli)</translation>
    </message>
    <message>
        <source>the tier&apos;s default engagement rate</source>
        <translation>tingkat interaksi bawaan untuk tingkat ini</translation>
    </message>
    <message>
        <source>the tier&apos;s default fee, as no fee is listed</source>
        <translation>tarif bawaan tingkat ini, karena tarifnya tidak dicantumkan</translation>
    </message>
    <message>
        <source>Rests on defaults, not on this candidate&apos;s own data:
%1</source>
        <extracomment>%1 is a list of assumptions, one per line</extracomment>
        <translation>Memakai nilai bawaan, bukan data milik kandidat ini:
%1</translation>
    </message>
    <message>
        <source>Real people reached at least once (fake followers left out)</source>
        <translation>Orang nyata yang terjangkau minimal sekali (tanpa pengikut palsu)</translation>
    </message>
    <message>
        <source>Views of all deliverables together</source>
        <translation>Total tayangan dari semua konten</translation>
    </message>
    <message>
        <source>Cost per thousand impressions</source>
        <translation>Biaya per seribu impresi</translation>
    </message>
    <message>
        <source>Cost per engagement</source>
        <translation>Biaya per interaksi</translation>
    </message>
    <message>
        <source>Earned media value: what the impressions would cost as ads at the benchmark CPM</source>
        <translation>Nilai media yang diperoleh: berapa biaya impresi tersebut jika dibeli sebagai iklan dengan CPM acuan</translation>
    </message>
    <message>
        <source>Fee per deliverable: the agreed fee when set, else the listed one</source>
        <translation>Tarif per konten: tarif yang disepakati jika sudah ada, jika belum, tarif yang tercantum</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Bentuk konten</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>Number of deliverables</extracomment>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status kerja sama</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>Jangkauan unik</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
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
        <translation>%1: belum ada kurs ke %2, jadi ditampilkan seperti tercantum.</translation>
    </message>
    <message>
        <source>Listed as %1; converted to %2 with the file&apos;s exchange rates.</source>
        <extracomment>%1 the original amount (in another currency), %2 the campaign&apos;s currency code</extracomment>
        <translation>Tercantum %1; dikonversi ke %2 dengan kurs dalam berkas ini.</translation>
    </message>
    <message>
        <source>No CPM: the cost is unknown (no exchange rate for the fee&apos;s currency).</source>
        <translation>Tanpa CPM: biayanya belum diketahui (belum ada kurs untuk mata uang tarif).</translation>
    </message>
    <message>
        <source>No CPE: the cost is unknown (no exchange rate for the fee&apos;s currency).</source>
        <translation>Tanpa CPE: biayanya belum diketahui (belum ada kurs untuk mata uang tarif).</translation>
    </message>
    <message>
        <source>No CPM: the fee is zero, so a cost per thousand impressions is undefined, not free.</source>
        <translation>Tanpa CPM: tarifnya nol, jadi biaya per seribu tayangan tidak terdefinisi, bukan gratis.</translation>
    </message>
    <message>
        <source>No CPE: the fee is zero, so a cost per engagement is undefined, not free.</source>
        <translation>Tanpa CPE: tarifnya nol, jadi biaya per interaksi tidak terdefinisi, bukan gratis.</translation>
    </message>
    <message>
        <source>No CPM: no impressions are projected.</source>
        <translation>Tanpa CPM: tidak ada tayangan yang diproyeksikan.</translation>
    </message>
    <message>
        <source>No CPE: no engagements are projected.</source>
        <translation>Tanpa CPE: tidak ada interaksi yang diproyeksikan.</translation>
    </message>
    <message>
        <source>The follower count and the average views of this channel are unknown: it has no tier, and its reach and engagements are not projected (left out of the totals).</source>
        <translation>Jumlah pengikut dan rata-rata tayangan kanal ini tidak diketahui: kanal ini tidak punya tier, dan jangkauan serta interaksinya tidak diproyeksikan (tidak masuk total).</translation>
    </message>
    <message>
        <source>The follower count of this channel is unknown: it has no tier; its reach is the average views of one piece of content and its engagements apply its own engagement rate to those views.</source>
        <translation>Jumlah pengikut kanal ini tidak diketahui: kanal ini tidak punya tier; jangkauannya adalah rata-rata tayangan satu konten, dan interaksinya memakai tingkat interaksi kanal itu sendiri atas tayangan tersebut.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>Biaya tidak diketahui: belum ada tarif yang tercantum atau disepakati.</translation>
    </message>
</context>
<context>
    <name>planner::SuggestOptionsDialog</name>
    <message>
        <source>Suggest shortlist</source>
        <translation>Sarankan daftar pendek</translation>
    </message>
    <message>
        <source>The suggestion gets the most out of the budget for the campaign&apos;s goal. Locked entries stay as they are; declined candidates are left out; every other entry may be replaced.</source>
        <translation>Saran ini memaksimalkan hasil anggaran untuk tujuan kampanye. Entri yang dikunci tidak diubah; kandidat yang menolak tidak diikutkan; entri lainnya bisa diganti.</translation>
    </message>
    <message>
        <source>At most this share of the budget per candidate:</source>
        <translation>Porsi anggaran maksimal per kandidat:</translation>
    </message>
    <message>
        <source>At least this many of each kind:</source>
        <translation>Jumlah minimal untuk setiap jenis:</translation>
    </message>
    <message>
        <source>Only candidates with a brand fit of at least:</source>
        <translation>Hanya kandidat dengan kecocokan merek minimal:</translation>
    </message>
    <message>
        <source>Candidates not rated for this campaign are left out too; locked ones stay</source>
        <translation>Kandidat yang belum dinilai untuk kampanye ini juga tidak diikutkan; yang dikunci tetap</translation>
    </message>
    <message>
        <source>Candidates who worked with a competitor recently are left out unless locked.</source>
        <translation>Kandidat yang baru-baru ini bekerja sama dengan pesaing tidak diikutkan, kecuali dikunci.</translation>
    </message>
</context>
<context>
    <name>planner::TeamChangeWatch</name>
    <message>
        <source>Connection to the team database lost; reconnecting…</source>
        <translation>Koneksi ke database tim terputus; menyambungkan ulang…</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Tersambung kembali</translation>
    </message>
</context>
<context>
    <name>planner::TeamDatabaseActions</name>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Sambungkan ke Basis Data &amp;Tim…</translation>
    </message>
    <message>
        <source>Opens the team&apos;s shared candidates and campaigns on a PostgreSQL server</source>
        <translation>Membuka kandidat dan kampanye bersama tim di server PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Sambungkan ke Basis Data Tim</translation>
    </message>
    <message>
        <source>Password for the Team Database</source>
        <extracomment>%1 user@server/database</extracomment>
        <translation>Kata Sandi Basis Data Tim</translation>
    </message>
    <message>
        <source>Password of %1 (not saved):</source>
        <translation>Kata sandi %1 (tidak disimpan):</translation>
    </message>
</context>
<context>
    <name>planner::TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Sambungkan ke Basis Data Tim</translation>
    </message>
    <message>
        <source>Work on the team&apos;s shared candidate list and campaigns on a PostgreSQL server. Ask whoever runs the server for these details.</source>
        <translation>Bekerja dengan daftar kandidat dan kampanye bersama tim di server PostgreSQL. Tanyakan detail ini kepada pengelola server.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <source>e.g. db.agency.local</source>
        <translation>mis. db.agency.local</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Nomor &amp;port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Secure connection (TLS):</source>
        <translation>Koneksi &amp;aman (TLS):</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Mati (hanya di jaringan tepercaya)</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Jika server menyediakannya</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Selalu (terenkripsi)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Selalu, dan periksa sertifikat server</translation>
    </message>
    <message>
        <source>Your password is never saved by Campaign Planner: it is read from your password file (~/.pgpass) when you have one, otherwise you are asked for it each time you connect.</source>
        <translation>Campaign Planner tidak pernah menyimpan kata sandi Anda: kata sandi dibaca dari file kata sandi Anda (~/.pgpass) jika ada, jika tidak Anda akan ditanya setiap kali terhubung.</translation>
    </message>
</context>
<context>
    <name>planner::WelcomeDialog</name>
    <message>
        <source>Welcome to Campaign Planner</source>
        <translation>Selamat datang di Campaign Planner</translation>
    </message>
    <message>
        <source>Look through the candidates in the list: demo creators, influencers, KOLs and KOCs. Add your own (Edit &gt; Add Candidate…) or bring in a sheet (File &gt; Import Candidates…).</source>
        <translation>Lihat kandidat di daftar: contoh konten kreator, influencer, KOL, dan KOC. Tambahkan kandidat Anda sendiri (Sunting &gt; Tambah Kandidat…) atau masukkan dari spreadsheet (Berkas &gt; Impor Kandidat…).</translation>
    </message>
    <message>
        <source>Make a campaign with Campaign &gt; New Campaign…: its goal, budget, niches and regions.</source>
        <translation>Buat kampanye lewat Kampanye &gt; Kampanye Baru…: tujuan, anggaran, niche, dan wilayahnya.</translation>
    </message>
    <message>
        <source>Press “Suggest Shortlist…” for the candidates that bring the most for the budget, or add them yourself; the charts beside the shortlist compare them.</source>
        <translation>Tekan “Sarankan Daftar Pendek…” untuk mendapat kandidat yang paling menguntungkan bagi anggaran, atau tambahkan sendiri; grafik di samping daftar pendek membandingkan mereka.</translation>
    </message>
    <message>
        <source>Three steps to a first plan:</source>
        <translation>Tiga langkah menuju rencana pertama:</translation>
    </message>
    <message>
        <source>Not sure how a KOL differs from an influencer? The Guide explains the kinds, tiers and goals (Help &gt; Guide).</source>
        <translation>Belum yakin apa beda KOL dan influencer? Panduan menjelaskan jenis, tingkatan, dan tujuan (Bantuan &gt; Panduan).</translation>
    </message>
    <message>
        <source>Open the &amp;Guide</source>
        <translation>Buka &amp;Panduan</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
</context>
</TS>
