<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
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
</context>
<context>
    <name>LocalFormat</name>
    <message>
        <source>rial</source>
        <extracomment>Symbol of the Iranian rial after an amount</extracomment>
        <translation>rial</translation>
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
    <name>planner::AssumptionStore</name>
    <message>
        <source>The assumption could not be saved.</source>
        <translation>Asumsi tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>must be a number not below zero</source>
        <translation>harus berupa angka nol atau lebih</translation>
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
</context>
<context>
    <name>planner::ChannelTableEditor</name>
    <message>
        <source>%1 (channel %2)</source>
        <translation>%1 (kanal %2)</translation>
    </message>
    <message>
        <source>is needed</source>
        <translation>wajib diisi</translation>
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
        <source>For TV, radio and print: the audience of one appearance</source>
        <translation>Untuk TV, radio, dan media cetak: jumlah audiens dalam sekali tampil</translation>
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
        <source>The exchange rate could not be saved. (%1)</source>
        <translation>Kurs tidak dapat disimpan. (%1)</translation>
    </message>
    <message>
        <source>the US dollar is the base and cannot be removed</source>
        <translation>dolar AS adalah mata uang dasar dan tidak dapat dihapus</translation>
    </message>
    <message>
        <source>The exchange rate could not be removed.</source>
        <translation>Kurs tidak dapat dihapus.</translation>
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
        <source>&amp;About Campaign Planner</source>
        <translation>&amp;Tentang Campaign Planner</translation>
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
        <source>About Campaign Planner</source>
        <translation>Tentang Campaign Planner</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Campaign Planner&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare content creators, influencers, KOLs and KOCs for a campaign: reach, engagement and cost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Campaign Planner&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bandingkan konten kreator, influencer, KOL, dan KOC untuk kampanye Anda: jangkauan, interaksi, dan biaya.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
