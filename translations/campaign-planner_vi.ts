<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AdoptAssumptionCommand</name>
    <message>
        <source>Adopt own history for %1</source>
        <extracomment>Undo menu: %1 the assumption adopted from the team&apos;s own history</extracomment>
        <translation>Áp dụng lịch sử của bạn cho %1</translation>
    </message>
</context>
<context>
    <name>AssumptionLabels</name>
    <message>
        <source>Reach rate</source>
        <translation>Tỷ lệ tiếp cận</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tỷ lệ tương tác</translation>
    </message>
    <message>
        <source>Default fee</source>
        <translation>Phí mặc định</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Độ thật</translation>
    </message>
    <message>
        <source>Benchmark CPM</source>
        <translation>CPM tham chiếu</translation>
    </message>
    <message>
        <source>Weight of kind</source>
        <translation>Trọng số theo loại</translation>
    </message>
    <message>
        <source>Tier starts at</source>
        <translation>Hạng bắt đầu từ</translation>
    </message>
    <message>
        <source>share of followers</source>
        <translation>tỷ lệ trên số người theo dõi</translation>
    </message>
    <message>
        <source>share of audience</source>
        <translation>tỷ lệ trên số khán giả</translation>
    </message>
    <message>
        <source>% real followers</source>
        <translation>% người theo dõi thật</translation>
    </message>
    <message>
        <source>% of followers</source>
        <translation>% số người theo dõi</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>trọng số</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>người theo dõi</translation>
    </message>
    <message>
        <source>Weight of brand fit</source>
        <translation>Trọng số phù hợp thương hiệu</translation>
    </message>
    <message>
        <source>share per star</source>
        <translation>tỷ lệ mỗi sao</translation>
    </message>
    <message>
        <source>Weight of a language mismatch</source>
        <translation>Trọng số lệch ngôn ngữ</translation>
    </message>
    <message>
        <source>share of goal fit</source>
        <translation>tỷ lệ của độ phù hợp mục tiêu</translation>
    </message>
</context>
<context>
    <name>AssumptionLearner</name>
    <message>
        <source>own history, %1 deliveries, %2</source>
        <extracomment>The source of an assumption adopted from the team&apos;s completed campaigns. %1 how many delivered posts or videos it rests on, %2 the day it was adopted.</extracomment>
        <translation>lịch sử của chính bạn, %1 bài đã đăng, %2</translation>
    </message>
</context>
<context>
    <name>BrandFit</name>
    <message>
        <source>Uses the product</source>
        <translation>Dùng sản phẩm</translation>
    </message>
    <message>
        <source>Values match the brand</source>
        <translation>Giá trị hợp với thương hiệu</translation>
    </message>
    <message>
        <source>Audience matches</source>
        <translation>Tệp khán giả phù hợp</translation>
    </message>
    <message>
        <source>Worked with a competitor recently</source>
        <translation>Gần đây đã hợp tác với đối thủ</translation>
    </message>
    <message>
        <source>Past controversy</source>
        <translation>Từng dính lùm xùm</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Độc quyền</translation>
    </message>
</context>
<context>
    <name>BrandFitStore</name>
    <message>
        <source>Reading the brand fit</source>
        <translation>Đọc độ phù hợp thương hiệu</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>Độ phù hợp thương hiệu</translation>
    </message>
    <message>
        <source>must be from 0 to 5</source>
        <translation>phải từ 0 đến 5</translation>
    </message>
    <message>
        <source>Saving the brand fit</source>
        <translation>Lưu độ phù hợp thương hiệu</translation>
    </message>
</context>
<context>
    <name>BudgetOptimizer</name>
    <message>
        <source>The budget is negative.</source>
        <translation>Ngân sách là số âm.</translation>
    </message>
    <message>
        <source>The largest share of the budget per candidate must be above zero.</source>
        <translation>Tỷ lệ ngân sách tối đa cho mỗi ứng viên phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>A minimum count is negative.</source>
        <translation>Có số lượng tối thiểu là số âm.</translation>
    </message>
    <message>
        <source>Candidate %1 has a plan with a negative cost or no value.</source>
        <translation>Ứng viên %1 có phương án với chi phí âm hoặc không có giá trị.</translation>
    </message>
    <message>
        <source>Candidate %1 is both locked and excluded.</source>
        <translation>Ứng viên %1 vừa được khóa vừa bị loại trừ.</translation>
    </message>
    <message>
        <source>Candidate %1 is locked to a plan it does not have.</source>
        <translation>Ứng viên %1 được khóa vào một phương án mà ứng viên này không có.</translation>
    </message>
    <message>
        <source>The locked candidates cost more than the budget.</source>
        <translation>Chi phí của các ứng viên đã khóa vượt quá ngân sách.</translation>
    </message>
    <message>
        <source>Not enough %1 can be chosen to reach the minimum of %2.</source>
        <translation>Không thể chọn đủ %1 để đạt mức tối thiểu là %2.</translation>
    </message>
    <message>
        <source>The budget left after the locked candidates cannot pay for the minimum counts per kind.</source>
        <translation>Ngân sách còn lại sau khi trừ các ứng viên đã khóa không đủ để đáp ứng số lượng tối thiểu của từng loại.</translation>
    </message>
</context>
<context>
    <name>CampaignValidator</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Ngách</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Ứng viên</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Số hạng mục nội dung</translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation>Phí đã thỏa thuận</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>không được là số âm</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>phải là mã ISO gồm ba chữ cái, ví dụ VND</translation>
    </message>
    <message>
        <source>“%1” may not contain the character |</source>
        <translation>“%1” không được chứa ký tự |</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>không được trước ngày bắt đầu</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>bắt buộc phải chọn</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>phải từ 1 trở lên</translation>
    </message>
</context>
<context>
    <name>CandidateBulkWriter</name>
    <message>
        <source>The candidates could not be saved in “%1”: %2</source>
        <translation>Không thể lưu danh sách ứng viên vào “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CandidateCopyWriter</name>
    <message>
        <source>The candidates could not be saved in the team database “%1”: %2</source>
        <extracomment>%1 the team database (user@host/database), %2 the server&apos;s reason</extracomment>
        <translation>Không thể lưu danh sách ứng viên vào cơ sở dữ liệu nhóm “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CandidateExport</name>
    <message>
        <source>The candidates could not be written: %1</source>
        <translation>Không thể ghi danh sách ứng viên: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>Tỷ lệ tương tác (%)</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>Lượt xem trung bình</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Authenticity (%)</source>
        <translation>Độ thật (%)</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Ngách</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Languages</source>
        <extracomment>Column of the languages a channel posts in (ISO 639 codes)</extracomment>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>Không thể đọc “%1”: %2</translation>
    </message>
    <message>
        <source>Engagement was given as counts per post (column “%1”): each rate is that count divided by the follower count.</source>
        <translation>Tương tác được ghi bằng số lượt trên mỗi bài (cột “%1”): tỷ lệ tương tác được tính bằng số đó chia cho số người theo dõi.</translation>
    </message>
    <message>
        <source>Engagement rates written without a percent sign were shares of one (0.034): read as percentages (3.4%).</source>
        <translation>Tỷ lệ tương tác ghi không kèm dấu phần trăm là phần của 1 (0,034): đã đọc thành phần trăm (3,4%).</translation>
    </message>
    <message>
        <source>No column holds the follower counts: every candidate is stored with its follower count unknown (no tier; reach is projected from average views where they are known).</source>
        <translation>Không có cột nào chứa số người theo dõi: mọi ứng viên được lưu với số người theo dõi không rõ (không xếp hạng; số người tiếp cận được dự tính từ lượt xem trung bình nếu có).</translation>
    </message>
</context>
<context>
    <name>CandidateLoader</name>
    <message>
        <source>The candidates could not be read (%1).</source>
        <translation>Không thể đọc danh sách ứng viên (%1).</translation>
    </message>
</context>
<context>
    <name>CandidateOrder</name>
    <message>
        <source>The candidates in “%1” could not be sorted: %2</source>
        <extracomment>%1 the database file, %2 SQLite&apos;s reason</extracomment>
        <translation>Không thể sắp xếp danh sách ứng viên trong “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CandidateRowCursor</name>
    <message>
        <source>The candidates could not be read from “%1”: %2</source>
        <extracomment>%1 the database file, %2 SQLite&apos;s reason</extracomment>
        <translation>Không thể đọc danh sách ứng viên từ “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CandidateStore</name>
    <message>
        <source>The candidate could not be saved.</source>
        <translation>Không thể lưu ứng viên.</translation>
    </message>
    <message>
        <source>A channel could not be saved.</source>
        <translation>Không thể lưu kênh.</translation>
    </message>
</context>
<context>
    <name>CandidateValidator</name>
    <message>
        <source>%1 (channel %2)</source>
        <extracomment>A field of the n-th channel of a candidate, e.g. &quot;Followers (channel 2)&quot;.</extracomment>
        <translation>%1 (kênh %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tỷ lệ tương tác</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>Lượt xem trung bình</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Tỷ lệ người theo dõi thật</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Ngách</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>không được là số âm</translation>
    </message>
    <message>
        <source>must be between 0% and 100%</source>
        <translation>phải nằm trong khoảng 0% đến 100%</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>phải là mã ISO gồm ba chữ cái, ví dụ VND</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>at least one channel is needed</source>
        <translation>cần có ít nhất một kênh</translation>
    </message>
    <message>
        <source>“%1” may not contain the character |</source>
        <translation>“%1” không được chứa ký tự |</translation>
    </message>
</context>
<context>
    <name>ChangedFields</name>
    <message>
        <source>the name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>the niches</source>
        <translation>lĩnh vực (ngách)</translation>
    </message>
    <message>
        <source>the regions</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>các kênh</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>ngân sách</translation>
    </message>
    <message>
        <source>the languages</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>the dates</source>
        <translation>thời gian chạy</translation>
    </message>
    <message>
        <source>the deliverable</source>
        <translation>hạng mục nội dung</translation>
    </message>
    <message>
        <source>the number of deliverables</source>
        <translation>số nội dung</translation>
    </message>
    <message>
        <source>the agreed fee</source>
        <translation>phí đã thỏa thuận</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>the lock</source>
        <translation>khóa giữ chỗ</translation>
    </message>
    <message>
        <source>What they changed: %1.</source>
        <extracomment>%1 a list such as &quot;the name and the notes&quot;</extracomment>
        <translation>Họ đã thay đổi: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>A Colleague Changed This Campaign</source>
        <translation>Đồng nghiệp đã sửa chiến dịch này</translation>
    </message>
    <message>
        <source>A Colleague Changed This Shortlist Entry</source>
        <translation>Đồng nghiệp đã sửa mục này trong danh sách rút gọn</translation>
    </message>
    <message>
        <source>A Colleague Changed This Candidate</source>
        <translation>Đồng nghiệp đã sửa ứng viên này</translation>
    </message>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation>&amp;Tải lại bản của họ</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>trường bắt đầu bằng dấu ngoặc kép tại đây thiếu dấu ngoặc kép đóng</translation>
    </message>
    <message>
        <source>a quote inside a field: quote the whole field and double the quotes inside it</source>
        <translation>có dấu ngoặc kép bên trong trường: hãy đặt cả trường trong dấu ngoặc kép và nhân đôi các dấu ngoặc kép bên trong</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>có văn bản sau dấu ngoặc kép đóng của trường</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>số trường nhiều hơn dòng tiêu đề</translation>
    </message>
    <message>
        <source>the file is not UTF-8 or UTF-16 text (save it as “CSV UTF-8” or “Unicode text”)</source>
        <translation>tệp không phải văn bản UTF-8 hoặc UTF-16 (hãy lưu dưới dạng “CSV UTF-8” hoặc “Văn bản Unicode”)</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>không thể đọc tệp</translation>
    </message>
    <message>
        <source>the row on line %1 is longer than %2 characters: this is no candidate list, or a quote in it is never closed</source>
        <extracomment>%1 the line, %2 a number of characters</extracomment>
        <translation>hàng ở dòng %1 dài hơn %2 ký tự: đây không phải danh sách ứng viên, hoặc có dấu ngoặc kép chưa được đóng</translation>
    </message>
    <message>
        <source>the row on line %1 has more than %2 columns: this is no candidate list</source>
        <extracomment>%1 the line, %2 a number of columns</extracomment>
        <translation>hàng ở dòng %1 có hơn %2 cột: đây không phải danh sách ứng viên</translation>
    </message>
    <message>
        <source>the encoding chosen for the file is not one the program knows</source>
        <translation>bảng mã được chọn cho tệp không phải bảng mã chương trình biết</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be created: the folder cannot be written.</source>
        <translation>Không thể tạo tệp “%1”: không có quyền ghi vào thư mục.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” không phải là tệp.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Không thể đọc tệp “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Planner database.</source>
        <translation>“%1” không phải là cơ sở dữ liệu của Campaign Planner.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: it is read-only.</source>
        <translation>Không thể ghi vào tệp “%1”: tệp chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Không thể mở tệp “%1”: %2</translation>
    </message>
    <message>
        <source>A copy could not be saved as “%1”: %2</source>
        <translation>Không thể lưu bản sao thành “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Planner database, or it is damaged.</source>
        <translation>“%1” không phải là cơ sở dữ liệu của Campaign Planner hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Campaign Planner database.</source>
        <translation>“%1” là cơ sở dữ liệu SQLite của một chương trình khác, không phải của Campaign Planner.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Campaign Planner (schema %2; this version reads up to %3). Please update the program.</source>
        <translation>“%1” được lưu bằng phiên bản Campaign Planner mới hơn (lược đồ %2; phiên bản này chỉ đọc được đến lược đồ %3). Vui lòng cập nhật chương trình.</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to schema %2: %3</source>
        <translation>Không thể nâng cấp cơ sở dữ liệu “%1” lên lược đồ %2: %3</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to schema %2.</source>
        <translation>Không thể nâng cấp cơ sở dữ liệu “%1” lên lược đồ %2.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: its folder is read-only.</source>
        <translation>Không thể ghi tệp “%1”: thư mục chứa tệp chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it ends inside its own header (%2 bytes).</source>
        <extracomment>%2 a size in bytes</extracomment>
        <translation>“%1” đã bị hỏng: tệp kết thúc ngay trong phần đầu của chính nó (%2 byte).</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is shorter than its own header says (%2 of %3 bytes). It may have been cut off while being copied or saved.</source>
        <extracomment>%2 and %3 are sizes in bytes</extracomment>
        <translation>“%1” đã bị hỏng: tệp ngắn hơn kích thước ghi trong phần đầu của nó (%2 trên %3 byte). Có thể tệp bị cắt ngang khi sao chép hoặc lưu.</translation>
    </message>
    <message>
        <source>Team databases cannot be opened: Qt&apos;s PostgreSQL driver (the package libqt6sql6-psql) is not installed.</source>
        <translation>Không thể mở cơ sở dữ liệu nhóm: chưa cài trình điều khiển PostgreSQL của Qt (gói libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>DeliveredColumns</name>
    <message>
        <source>reach</source>
        <translation>lượt tiếp cận</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>lượt hiển thị</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>lượt tương tác</translation>
    </message>
    <message>
        <source>fees paid</source>
        <translation>phí đã trả</translation>
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
        <translation>Tiếp cận thực tế</translation>
    </message>
    <message>
        <source>Actual impressions</source>
        <translation>Hiển thị thực tế</translation>
    </message>
    <message>
        <source>Actual engagements</source>
        <translation>Tương tác thực tế</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>Phí đã trả</translation>
    </message>
    <message>
        <source>Actual CPM</source>
        <translation>CPM thực tế</translation>
    </message>
    <message>
        <source>Actual CPE</source>
        <translation>CPE thực tế</translation>
    </message>
    <message>
        <source>Actual EMV</source>
        <translation>EMV thực tế</translation>
    </message>
    <message>
        <source>What the delivered posts really did (Campaign ▸ Results), with the difference from the projection: green is better than planned, red worse</source>
        <translation>Kết quả thật của các bài đã đăng (Chiến dịch ▸ Kết quả), kèm chênh lệch so với dự báo: xanh là tốt hơn kế hoạch, đỏ là kém hơn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A delivered figure and its difference from the projection: &quot;12,400 (−8.0%)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No actual %1 entered yet</source>
        <extracomment>%1 is a measure (reach, fees paid, CPM...)</extracomment>
        <translation>Chưa nhập %1 thực tế</translation>
    </message>
    <message>
        <source>Actual %1 %2, nothing projected to compare with</source>
        <extracomment>%1 a measure, %2 its delivered figure</extracomment>
        <translation>%1 thực tế %2, không có dự báo để so sánh</translation>
    </message>
    <message>
        <source>Actual %1 %2, as projected (%3)</source>
        <extracomment>%1 a measure, %2 its delivered figure, %3 the projected figure</extracomment>
        <translation>%1 thực tế %2, đúng như dự báo (%3)</translation>
    </message>
    <message>
        <source>Actual %1 %2, %3 above the projected %4</source>
        <translation>%1 thực tế %2, cao hơn %3 so với dự báo %4</translation>
    </message>
    <message>
        <source>Actual %1 %2, %3 below the projected %4</source>
        <translation>%1 thực tế %2, thấp hơn %3 so với dự báo %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Delivered in %n pieces, against the projection: </source>
        <extracomment>The campaign&apos;s delivered totals: %n delivered pieces, then &quot;Actual reach 12,400 (−8.0%) · ...&quot;</extracomment>
        <translation>
            <numerusform>Đã đăng %n nội dung, so với dự báo: </numerusform>
        </translation>
    </message>
    <message>
        <source>no figures entered yet</source>
        <translation>chưa nhập số liệu nào</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data is missing from the program.</source>
        <translation>Chương trình thiếu dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>The demo candidates are already in “%1”; nothing was added.</source>
        <extracomment>%1 the database file</extracomment>
        <translation>Các ứng viên mẫu đã có trong “%1”; không thêm gì cả.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Content creator</source>
        <translation>Người sáng tạo nội dung</translation>
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
        <translation>Người sáng tạo nội dung</translation>
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
        <translation>Micro</translation>
    </message>
    <message>
        <source>Macro</source>
        <extracomment>Follower tier: 100,000 to 1,000,000 followers</extracomment>
        <translation>Macro</translation>
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
        <translation>Truyền hình</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Phát thanh</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Newspapers and magazines</extracomment>
        <translation>Báo in</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Ô tô</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Làm đẹp</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Giáo dục</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Giải trí</translation>
    </message>
    <message>
        <source>Fashion</source>
        <translation>Thời trang</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Tài chính</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Thể hình</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Ẩm thực</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Game</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Phong cách sống</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Âm nhạc</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Nuôi dạy con</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Thể thao</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Du lịch</translation>
    </message>
    <message>
        <source>Awareness</source>
        <extracomment>Campaign goal: reach as many people as possible</extracomment>
        <translation>Nhận diện thương hiệu</translation>
    </message>
    <message>
        <source>Niche trust</source>
        <extracomment>Campaign goal: win the trust of a niche audience</extracomment>
        <translation>Niềm tin trong ngách</translation>
    </message>
    <message>
        <source>Post</source>
        <extracomment>Deliverable: a feed post</extracomment>
        <translation>Bài đăng</translation>
    </message>
    <message>
        <source>Story</source>
        <extracomment>Deliverable: a 24-hour story</extracomment>
        <translation>Tin</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Bài video</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>Deliverable: a live stream</extracomment>
        <translation>Livestream</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>Deliverable: an appearance on TV, radio or in print</extracomment>
        <translation>Lần xuất hiện</translation>
    </message>
    <message>
        <source>Prospect</source>
        <extracomment>Shortlist status: not contacted yet</extracomment>
        <translation>Chưa liên hệ</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Đã liên hệ</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Đang đàm phán</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Follower tier of a channel whose follower count is unknown</extracomment>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>GoalExplanation</name>
    <message>
        <source>Kind: %1, weight ×%2 (an assumption; 1 means no preference)</source>
        <extracomment>%1 candidate kind (KOL, KOC, ...), %2 number such as 1 or 1.5</extracomment>
        <translation>Loại: %1, trọng số ×%2 (một giả định; 1 nghĩa là không ưu tiên)</translation>
    </message>
    <message>
        <source>Region: the campaign targets every region.</source>
        <translation>Khu vực: chiến dịch nhắm đến mọi khu vực.</translation>
    </message>
    <message>
        <source>no region given</source>
        <translation>chưa ghi khu vực</translation>
    </message>
    <message>
        <source>Region: %1 is within the target regions (%2).</source>
        <extracomment>%1 the candidate&apos;s regions (VN-SG), %2 the campaign&apos;s target regions (VN)</extracomment>
        <translation>Khu vực: %1 nằm trong khu vực mục tiêu (%2).</translation>
    </message>
    <message>
        <source>Region: %1 is outside the target regions (%2): it brings nothing to either goal.</source>
        <translation>Khu vực: %1 nằm ngoài khu vực mục tiêu (%2): không đóng góp gì cho cả hai mục tiêu.</translation>
    </message>
    <message>
        <source>Niche: the campaign targets every niche.</source>
        <translation>Ngách: chiến dịch nhắm đến mọi ngách.</translation>
    </message>
    <message>
        <source>no niche given</source>
        <translation>chưa ghi ngách</translation>
    </message>
    <message>
        <source>Niche: %1 matches the target niches (%2).</source>
        <extracomment>%1 the candidate&apos;s niches, %2 the campaign&apos;s target niches</extracomment>
        <translation>Ngách: %1 khớp với ngách mục tiêu (%2).</translation>
    </message>
    <message>
        <source>Niche: %1 is not among the target niches (%2): its engagements do not count for niche trust.</source>
        <translation>Ngách: %1 không thuộc ngách mục tiêu (%2): lượt tương tác không được tính cho niềm tin trong ngách.</translation>
    </message>
    <message>
        <source>Niche: %1 is not among the target niches (%2); awareness counts reach whatever the niche.</source>
        <translation>Ngách: %1 không thuộc ngách mục tiêu (%2); mục tiêu nhận diện thương hiệu tính lượt tiếp cận bất kể ngách.</translation>
    </message>
    <message>
        <source>%1 real people reached</source>
        <extracomment>%1 a count of people</extracomment>
        <translation>%1 người thật được tiếp cận</translation>
    </message>
    <message>
        <source>%1 authentic engagements</source>
        <extracomment>%1 a count of likes, comments and shares from real followers</extracomment>
        <translation>%1 lượt tương tác thật</translation>
    </message>
    <message>
        <source>Brings nothing to this goal: it misses the brief.</source>
        <translation>Không đóng góp gì cho mục tiêu này: không đáp ứng brief.</translation>
    </message>
    <message>
        <source>authentic unique reach</source>
        <translation>số người thật được tiếp cận</translation>
    </message>
    <message>
        <source>engagements from real followers</source>
        <translation>tương tác từ người theo dõi thật</translation>
    </message>
    <message>
        <source>Brings %1 (%2).</source>
        <extracomment>%1 &quot;13,280 real people reached&quot;, %2 what the figure is</extracomment>
        <translation>Mang lại %1 (%2).</translation>
    </message>
    <message>
        <source>Brings %1 (%2); weighted ×%3 for the kind, it counts as %4.</source>
        <extracomment>%1 &quot;13,280 real people reached&quot;, %2 what it is, %3 kind weight, %4 weighted figure</extracomment>
        <translation>Mang lại %1 (%2); nhân trọng số ×%3 theo loại, được tính là %4.</translation>
    </message>
    <message>
        <source>Goal fit: free, it costs nothing.</source>
        <translation>Độ phù hợp mục tiêu: miễn phí, không tốn chi phí.</translation>
    </message>
    <message>
        <source>Goal fit: %1 real people reached per million %2 spent</source>
        <extracomment>%1 number, %2 currency code</extracomment>
        <translation>Độ phù hợp mục tiêu: %1 người thật được tiếp cận cho mỗi triệu %2 chi ra</translation>
    </message>
    <message>
        <source>Goal fit: %1 authentic engagements per million %2 spent</source>
        <translation>Độ phù hợp mục tiêu: %1 lượt tương tác thật cho mỗi triệu %2 chi ra</translation>
    </message>
    <message>
        <source>Misses the campaign&apos;s brief: it brings nothing to this goal.</source>
        <translation>Không đáp ứng brief của chiến dịch: không đóng góp gì cho mục tiêu này.</translation>
    </message>
    <message>
        <source>Brand fit: not rated for this campaign (counts as neutral).</source>
        <translation>Độ phù hợp thương hiệu: chưa đánh giá cho chiến dịch này (tính là trung lập).</translation>
    </message>
    <message>
        <source>Brand fit %1 of 5: goal fit × %2 (%3), at %4 per star above or below 3.</source>
        <extracomment>%1 rating 0-5, %2 the factor goal fit is multiplied by, %3 the change as a signed percentage, %4 the weight per star</extracomment>
        <translation>Độ phù hợp thương hiệu %1/5: độ phù hợp mục tiêu × %2 (%3), mỗi sao trên hoặc dưới 3 là %4.</translation>
    </message>
</context>
<context>
    <name>GoalFitTable</name>
    <message>
        <source>The candidates could not be ranked by goal fit.</source>
        <translation>Không thể xếp hạng ứng viên theo độ phù hợp mục tiêu.</translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>No column holds the name or the handle of the candidates.</source>
        <translation>Không có cột nào chứa tên hoặc tài khoản của ứng viên.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(not imported)</source>
        <extracomment>An imported column the program leaves out</extracomment>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Candidate id (groups rows)</source>
        <extracomment>A column whose equal values mark rows as channels of one candidate</extracomment>
        <translation>Mã ứng viên (gộp các dòng)</translation>
    </message>
    <message>
        <source>Profile link</source>
        <extracomment>A column of addresses of profiles (instagram.com/name): they give platform and handle</extracomment>
        <translation>Link trang cá nhân</translation>
    </message>
    <message>
        <source>Languages</source>
        <extracomment>The languages a channel posts in</extracomment>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>a name or a handle is needed</source>
        <translation>cần có tên hoặc tài khoản</translation>
    </message>
    <message>
        <source>“%1” is not a platform the program knows (%2)</source>
        <translation>“%1” không phải là nền tảng được hỗ trợ (%2)</translation>
    </message>
    <message>
        <source>no platform: the row, its profile link and the headers do not say one</source>
        <translation>không rõ nền tảng: cả dòng, link trang cá nhân và tiêu đề cột đều không ghi</translation>
    </message>
    <message>
        <source>“%1” is not a platform the program knows: read as %2</source>
        <extracomment>%1 the platform cell, %2 the platform used instead</extracomment>
        <translation>“%1” không phải nền tảng chương trình biết: đọc thành %2</translation>
    </message>
    <message>
        <source>“%1” is not a kind the program knows (%2): left as %3</source>
        <translation>“%1” không phải loại chương trình biết (%2): giữ là %3</translation>
    </message>
    <message>
        <source>the follower count is missing</source>
        <translation>thiếu số người theo dõi</translation>
    </message>
    <message>
        <source>engagements per post cannot be made a rate without the followers</source>
        <translation>không thể tính tỷ lệ tương tác từ lượt tương tác mỗi bài khi thiếu số người theo dõi</translation>
    </message>
    <message>
        <source>“%1” is a share of one where the column&apos;s other values are percentages: read as %2%</source>
        <extracomment>%1 the cell, %2 the percentage it was read as</extracomment>
        <translation>“%1” là phần của 1 trong khi các giá trị khác của cột là phần trăm: đọc thành %2%</translation>
    </message>
    <message>
        <source>“%1” is more than 1 where the column&apos;s other values are shares of one: read as %1%</source>
        <extracomment>%1 the cell, read as a percentage</extracomment>
        <translation>“%1” lớn hơn 1 trong khi các giá trị khác của cột là phần của 1: đọc thành %1%</translation>
    </message>
    <message>
        <source>no follower count: stored as unknown</source>
        <translation>không có số người theo dõi: lưu là không rõ</translation>
    </message>
    <message>
        <source>“%1” is not a language: left out</source>
        <extracomment>%1 the part of the cell that names no language</extracomment>
        <translation>“%1” không phải là ngôn ngữ: đã bỏ qua</translation>
    </message>
</context>
<context>
    <name>LanguageFitLine</name>
    <message>
        <source>Language: the campaign has no target languages (counts fully).</source>
        <translation>Ngôn ngữ: chiến dịch không đặt ngôn ngữ mục tiêu (tính đủ).</translation>
    </message>
    <message>
        <source>Language: not known for this channel (counts fully); the campaign targets %1.</source>
        <extracomment>%1 the campaign&apos;s target languages, by name</extracomment>
        <translation>Ngôn ngữ: chưa rõ kênh này đăng bằng ngôn ngữ nào (tính đủ); chiến dịch nhắm tới %1.</translation>
    </message>
    <message>
        <source>Language: posts in %1, a target language of the campaign (counts fully).</source>
        <extracomment>%1 the channel&apos;s languages, by name</extracomment>
        <translation>Ngôn ngữ: đăng bằng %1, là ngôn ngữ mục tiêu của chiến dịch (tính đủ).</translation>
    </message>
    <message>
        <source>Language: posts in %1, none of the campaign&apos;s %2: goal fit × %3 (%4), the weight of a language mismatch.</source>
        <extracomment>%1 the channel&apos;s languages, %2 the campaign&apos;s, %3 the factor goal fit is multiplied by, %4 the change as a percentage</extracomment>
        <translation>Ngôn ngữ: đăng bằng %1, không thuộc ngôn ngữ %2 của chiến dịch: độ phù hợp mục tiêu × %3 (%4), theo trọng số lệch ngôn ngữ.</translation>
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
        <translation>%1 tỷ</translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Compact number on charts: %1 millions (1.2M)</extracomment>
        <translation>%1 triệu</translation>
    </message>
    <message>
        <source>%1K</source>
        <extracomment>Compact number on charts: %1 thousands (15K)</extracomment>
        <translation>%1 nghìn</translation>
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
        <translation>Kế hoạch truyền thông · %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 first day, %2 last day of the campaign</extracomment>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>Media plan</source>
        <translation>Kế hoạch truyền thông</translation>
    </message>
    <message>
        <source>Campaign dates</source>
        <translation>Thời gian chiến dịch</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Ngách</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Entries counted (declined left out)</source>
        <translation>Số mục được tính (không tính mục đã từ chối)</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>Lượt tiếp cận duy nhất</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Lượt tương tác</translation>
    </message>
    <message>
        <source>Projected cost</source>
        <translation>Chi phí dự kiến</translation>
    </message>
    <message>
        <source>Left of the budget</source>
        <translation>Ngân sách còn lại</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Vượt ngân sách</translation>
    </message>
    <message>
        <source>Share of the budget used</source>
        <translation>Tỷ lệ ngân sách đã dùng</translation>
    </message>
    <message>
        <source>CPM (cost per thousand impressions)</source>
        <translation>CPM (chi phí cho mỗi nghìn lượt hiển thị)</translation>
    </message>
    <message>
        <source>CPE (cost per engagement)</source>
        <translation>CPE (chi phí cho mỗi lượt tương tác)</translation>
    </message>
    <message>
        <source>Earned media value (EMV)</source>
        <translation>Giá trị truyền thông lan tỏa (EMV)</translation>
    </message>
    <message>
        <source>Projected totals against the budget</source>
        <translation>Tổng dự kiến so với ngân sách</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>%1 goal: a column of the goals table</extracomment>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Some figures rest on the tier&apos;s default rates, not on the candidates&apos; own data: see the cards and the assumptions.</source>
        <translation>Một số số liệu dựa trên tỷ lệ mặc định của hạng, không phải dữ liệu riêng của ứng viên: xem thẻ từng người và các giả định.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Hạng mục nội dung</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
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
        <translation>Danh sách rút gọn (%1 mục)</translation>
    </message>
    <message>
        <source>%1 × %2 on %3</source>
        <extracomment>%1 count, %2 format, %3 platform: &quot;2 × Post on Instagram&quot;</extracomment>
        <translation>%1 × %2 trên %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>This shortlist, for %1</source>
        <translation>Danh sách rút gọn này, cho %1</translation>
    </message>
    <message>
        <source>Suggested for %1</source>
        <translation>Đề xuất cho %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>People by kind</source>
        <translation>Số người theo loại</translation>
    </message>
    <message>
        <source>The same budget for the other goal</source>
        <translation>Cùng ngân sách cho mục tiêu còn lại</translation>
    </message>
    <message>
        <source>The budget of %1 planned for each goal; the plan for %2 is the one the planner suggests, with locked and declined entries kept.</source>
        <translation>Ngân sách %1 được lên kế hoạch cho từng mục tiêu; kế hoạch cho %2 là phương án chương trình đề xuất, giữ nguyên các mục đã khóa và đã từ chối.</translation>
    </message>
    <message>
        <source>The candidates</source>
        <translation>Các ứng viên</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 người theo dõi</translation>
    </message>
    <message>
        <source>engagement rate %1</source>
        <translation>tỷ lệ tương tác %1</translation>
    </message>
    <message>
        <source>authenticity %1</source>
        <translation>độ thật %1</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>phí %1</translation>
    </message>
    <message>
        <source>fee unknown</source>
        <translation>chưa rõ phí</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Ranks %1 of %2 on the shortlist by goal fit.</source>
        <extracomment>%1 rank, %2 number of entries: &quot;ranks 3 of 12 on the shortlist by goal fit&quot;</extracomment>
        <translation>Xếp hạng %1 trên %2 trong danh sách rút gọn theo mức phù hợp mục tiêu.</translation>
    </message>
    <message>
        <source>Not ranked: declined, outside the brief or of unknown cost.</source>
        <translation>Không xếp hạng: đã từ chối, ngoài yêu cầu chiến dịch hoặc chưa rõ chi phí.</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Assumptions and their sources</source>
        <translation>Các giả định và nguồn của chúng</translation>
    </message>
    <message>
        <source>Every projection rests on these figures; the marketer can change them under Campaign &gt; Assumptions.</source>
        <translation>Mọi dự báo đều dựa trên các số liệu này; người làm marketing có thể đổi chúng trong Chiến dịch &gt; Giả định.</translation>
    </message>
    <message>
        <source>followers unknown</source>
        <translation>chưa rõ số người theo dõi</translation>
    </message>
    <message>
        <source>Brand fit: %1 of 5 (%2)</source>
        <extracomment>%1 rating 0-5, %2 the marketer&apos;s reasons: a candidate&apos;s card in the report</extracomment>
        <translation>Độ phù hợp thương hiệu: %1/5 (%2)</translation>
    </message>
    <message>
        <source>Brand fit: %1 of 5</source>
        <extracomment>%1 rating 0-5</extracomment>
        <translation>Độ phù hợp thương hiệu: %1/5</translation>
    </message>
    <message>
        <source>Brand fit, not rated: %1</source>
        <extracomment>%1 the marketer&apos;s reasons</extracomment>
        <translation>Độ phù hợp thương hiệu, chưa chấm điểm: %1</translation>
    </message>
    <message>
        <source>Brand fit note: %1</source>
        <translation>Ghi chú về độ phù hợp thương hiệu: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the client-facing title the marketer gave, %2 campaign name: the line under each page</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>Kế hoạch so với thực tế</translation>
    </message>
    <message>
        <source>Actual (difference)</source>
        <translation>Thực tế (chênh lệch)</translation>
    </message>
    <message>
        <source>Results entered so far (delivered pieces: %1); the campaign is not marked completed yet.</source>
        <extracomment>%1 how many delivered posts or videos have results</extracomment>
        <translation>Kết quả đã nhập đến nay (số nội dung đã đăng: %1); chiến dịch chưa được đánh dấu hoàn thành.</translation>
    </message>
    <message>
        <source>The campaign was completed on %1. Delivered pieces with results: %2.</source>
        <extracomment>%1 the day the campaign was marked completed, %2 how many delivered posts or videos have results</extracomment>
        <translation>Chiến dịch đã hoàn thành ngày %1. Số nội dung đã đăng có kết quả: %2.</translation>
    </message>
</context>
<context>
    <name>MediaPlanPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 page number, %2 number of pages</extracomment>
        <translation>Trang %1/%2</translation>
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
        <translation>Không thể ghi báo cáo vào %1: %2</translation>
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
        <translation>Không thể đọc danh sách ứng viên để xếp hạng.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Unique reach</source>
        <translation>Lượt tiếp cận duy nhất</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Lượt tương tác</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <extracomment>%1 currency code</extracomment>
        <translation>Chi phí (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>The shortlist, measure by measure: the %1 costliest of %2 entries</source>
        <extracomment>%1 and %2 counts: the chart shows the costliest %1 of %2 entries</extracomment>
        <translation>Danh sách rút gọn theo từng chỉ số: %1 mục tốn kém nhất trong %2 mục</translation>
    </message>
    <message>
        <source>The shortlist, measure by measure</source>
        <translation>Danh sách rút gọn theo từng chỉ số</translation>
    </message>
    <message>
        <source>Cost by kind of person (%1)</source>
        <extracomment>%1 currency code</extracomment>
        <translation>Chi phí theo loại người (%1)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Where the budget goes</source>
        <translation>Ngân sách được chi vào đâu</translation>
    </message>
    <message>
        <source>People by kind</source>
        <translation>Số người theo loại</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 kind of person (plural), %2 goal: a bar of the goals chart</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The same budget for each goal</source>
        <translation>Cùng một ngân sách cho từng mục tiêu</translation>
    </message>
    <message>
        <source>CPM (%1)</source>
        <extracomment>%1 currency code: cost per thousand impressions</extracomment>
        <translation>CPM, tính bằng %1</translation>
    </message>
    <message>
        <source>CPE (%1)</source>
        <extracomment>%1 currency code: cost per engagement</extracomment>
        <translation>CPE, tính bằng %1</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>No column holds the name or the handle of the candidates.</source>
        <translation>Không có cột nào chứa tên hoặc tài khoản của ứng viên.</translation>
    </message>
    <message>
        <source>No column holds the date of the posts.</source>
        <translation>Không cột nào chứa ngày đăng bài.</translation>
    </message>
    <message>
        <source>No column holds a result (reach, impressions, views, likes, comments, shares, saves, clicks or the fee paid).</source>
        <translation>Không cột nào chứa kết quả (lượt tiếp cận, lượt hiển thị, lượt xem, lượt thích, bình luận, chia sẻ, lượt lưu, lượt nhấp hoặc chi phí đã trả).</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Lượt lưu</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Lượt nhấp</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>Chi phí đã trả</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
</context>
<context>
    <name>ResultCommand</name>
    <message>
        <source>Add Result</source>
        <translation>Thêm kết quả</translation>
    </message>
    <message>
        <source>Remove Result</source>
        <translation>Xóa kết quả</translation>
    </message>
    <message>
        <source>Edit Result</source>
        <translation>Sửa kết quả</translation>
    </message>
    <message>
        <source>Mark Campaign Completed</source>
        <translation>Đánh dấu chiến dịch đã kết thúc</translation>
    </message>
    <message>
        <source>Reopen Campaign</source>
        <translation>Mở lại chiến dịch</translation>
    </message>
</context>
<context>
    <name>ResultImport</name>
    <message>
        <source>a name or a handle is needed</source>
        <translation>cần có tên hoặc tài khoản</translation>
    </message>
    <message>
        <source>“%1” is not on the shortlist of “%2”</source>
        <extracomment>%1 a name or handle of the imported row, %2 the campaign&apos;s name</extracomment>
        <translation>“%1” không có trong danh sách rút gọn của “%2”</translation>
    </message>
    <message>
        <source>“%1” is on the shortlist of “%2”, but not with this platform and format</source>
        <translation>“%1” có trong danh sách rút gọn của “%2” nhưng không với nền tảng và định dạng này</translation>
    </message>
    <message>
        <source>“%1” is on the shortlist more than once: a platform and a format column say which entry</source>
        <translation>“%1” có nhiều lần trong danh sách rút gọn: cần cột nền tảng và định dạng để biết là mục nào</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>cần có ngày</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 2026-03-14 or 14/03/2026)</source>
        <translation>“%1” không phải là ngày (hãy viết 2026-03-14 hoặc 14/03/2026)</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>%1 changed this on %2, after you opened it. Your change was not saved, so that theirs is not lost: reload to see their version, then make your change again.</source>
        <extracomment>%1 a colleague&apos;s user name, %2 a date and time</extracomment>
        <translation>%1 đã sửa mục này lúc %2, sau khi bạn mở nó. Thay đổi của bạn chưa được lưu để thay đổi của họ không bị mất: hãy tải lại để xem bản của họ, rồi sửa lại.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Một đồng nghiệp</translation>
    </message>
    <message>
        <source>%1 changed this after you opened it. Your change was not saved, so that theirs is not lost: reload to see their version, then make your change again.</source>
        <extracomment>%1 a colleague&apos;s user name (or &quot;A colleague&quot;)</extracomment>
        <translation>%1 đã sửa mục này sau khi bạn mở nó. Thay đổi của bạn chưa được lưu để thay đổi của họ không bị mất: hãy tải lại để xem bản của họ, rồi sửa lại.</translation>
    </message>
</context>
<context>
    <name>SaveMessages</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <extracomment>%1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation>Đã hủy xuất dữ liệu; “%1” được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>The saved view names an unknown kind, tier or platform, or a bound that is not a number.</source>
        <translation>Chế độ xem đã lưu ghi một loại, hạng hoặc nền tảng không xác định, hoặc một giới hạn không phải là số.</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Reading the saved views</source>
        <translation>Đọc các chế độ xem đã lưu</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>Không đọc được chế độ xem đã lưu “%1”: %2</translation>
    </message>
    <message>
        <source>unknown sort column</source>
        <translation>cột sắp xếp không xác định</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Chế độ xem cần có tên.</translation>
    </message>
    <message>
        <source>Saving the view “%1”</source>
        <translation>Lưu chế độ xem “%1”</translation>
    </message>
    <message>
        <source>Deleting a saved view</source>
        <translation>Xóa một chế độ xem đã lưu</translation>
    </message>
    <message>
        <source>Nano and micro, engagement %1 or more</source>
        <extracomment>A saved view that comes with new files; %1 a percentage (3%)</extracomment>
        <translation>Nano và micro, tương tác từ %1 trở lên</translation>
    </message>
    <message>
        <source>At least %1 real followers</source>
        <extracomment>A saved view that comes with new files; %1 a percentage (80%)</extracomment>
        <translation>Ít nhất %1 người theo dõi thật</translation>
    </message>
    <message>
        <source>Best goal fit first</source>
        <translation>Phù hợp mục tiêu nhất trước</translation>
    </message>
    <message>
        <source>Macro and mega, largest first</source>
        <translation>Macro và mega, lớn nhất trước</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a team database address: %2</source>
        <translation>“%1” không phải là địa chỉ cơ sở dữ liệu nhóm: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>hãy viết theo dạng postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>it holds a password; keep the password in ~/.pgpass (or PGPASSFILE) instead</source>
        <translation>địa chỉ chứa mật khẩu; hãy lưu mật khẩu trong ~/.pgpass (hoặc PGPASSFILE)</translation>
    </message>
    <message>
        <source>the setting “%1” cannot be used</source>
        <translation>không dùng được thiết lập “%1”</translation>
    </message>
</context>
<context>
    <name>ServerFault</name>
    <message>
        <source>The team database “%1” cannot be reached: no server answers at %2. Check the server&apos;s name and port, and that it is running. (%3)</source>
        <translation>Không kết nối được cơ sở dữ liệu nhóm “%1”: không có máy chủ nào trả lời tại %2. Hãy kiểm tra tên và cổng của máy chủ, và máy chủ có đang chạy không. (%3)</translation>
    </message>
    <message>
        <source>The server of the team database “%1” did not let %2 in: the user name or the password is wrong, or this user may not connect. (%3)</source>
        <translation>Máy chủ của cơ sở dữ liệu nhóm “%1” không cho %2 đăng nhập: tên người dùng hoặc mật khẩu sai, hoặc người dùng này không được phép kết nối. (%3)</translation>
    </message>
    <message>
        <source>The server of the team database “%1” asks for %2&apos;s password, and none was found (~/.pgpass, PGPASSFILE or PGSERVICE). (%3)</source>
        <translation>Máy chủ của cơ sở dữ liệu nhóm “%1” yêu cầu mật khẩu của %2 nhưng không tìm thấy mật khẩu nào (~/.pgpass, PGPASSFILE hoặc PGSERVICE). (%3)</translation>
    </message>
    <message>
        <source>The team database “%1” is not there: the server has no database named “%2”. Check the name, or ask whoever runs the server to create it. (%3)</source>
        <translation>Không tìm thấy cơ sở dữ liệu nhóm “%1”: máy chủ không có cơ sở dữ liệu nào tên “%2”. Hãy kiểm tra lại tên, hoặc nhờ người quản lý máy chủ tạo nó. (%3)</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to the team database “%1” at %2 could not be set up: check the TLS setting. (%3)</source>
        <translation>Không thiết lập được kết nối bảo mật (TLS) tới cơ sở dữ liệu nhóm “%1” tại %2: hãy kiểm tra thiết lập TLS. (%3)</translation>
    </message>
    <message>
        <source>The team database “%1” cannot be reached at %2: %3</source>
        <translation>Không kết nối được cơ sở dữ liệu nhóm “%1” tại %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 may only view the team database “%3”, not change it. Ask whoever runs it to make %2 a planner. (%4)</source>
        <extracomment>%1 what could not be done (&quot;The candidate could not be saved&quot;), %2 a user name, %3 the team database&apos;s address, %4 the server&apos;s own words</extracomment>
        <translation>%1: %2 chỉ được xem cơ sở dữ liệu nhóm “%3”, không được thay đổi. Hãy nhờ người quản lý cơ sở dữ liệu cấp cho %2 quyền người lập kế hoạch. (%4)</translation>
    </message>
</context>
<context>
    <name>ShortlistExport</name>
    <message>
        <source>The shortlist could not be written: %1</source>
        <translation>Không thể ghi danh sách rút gọn: %1</translation>
    </message>
    <message>
        <source>Candidate ID</source>
        <translation>Mã ứng viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Số nội dung</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>Lượt tiếp cận duy nhất</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Lượt tương tác</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
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
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>Tiền tệ của phí</translation>
    </message>
    <message>
        <source>Fee source</source>
        <translation>Nguồn phí</translation>
    </message>
    <message>
        <source>Rests on defaults</source>
        <translation>Dựa trên giá trị mặc định</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Brand fit</source>
        <translation>Độ phù hợp thương hiệu</translation>
    </message>
    <message>
        <source>Brand fit reasons</source>
        <translation>Lý do phù hợp thương hiệu</translation>
    </message>
</context>
<context>
    <name>ShortlistSuggester</name>
    <message>
        <source>Candidate %1 cannot be kept on the shortlist: there is no such candidate.</source>
        <translation>Không thể giữ ứng viên %1 trong danh sách rút gọn: ứng viên này không tồn tại.</translation>
    </message>
    <message>
        <source>The suggestion was cancelled; the shortlist stays as it was.</source>
        <translation>Đã hủy gợi ý; danh sách rút gọn được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>“%1” cannot name a role: use lowercase letters, digits and _ (at most 63, not starting with a digit).</source>
        <translation>“%1” không dùng được làm tên vai trò: chỉ dùng chữ thường, chữ số và _ (tối đa 63 ký tự, không bắt đầu bằng chữ số).</translation>
    </message>
    <message>
        <source>The planner role and the viewer role must have different names.</source>
        <translation>Vai trò người lập kế hoạch và vai trò người xem phải có tên khác nhau.</translation>
    </message>
    <message>
        <source>The server has no login role “%1”: create it first (CREATE ROLE … LOGIN), then run this again.</source>
        <translation>Máy chủ không có vai trò đăng nhập “%1”: hãy tạo nó trước (CREATE ROLE … LOGIN), rồi chạy lại.</translation>
    </message>
    <message>
        <source>The user “%1” does not own the campaign database&apos;s tables, so it cannot grant them: run this as their owner (or a superuser).</source>
        <translation>Người dùng “%1” không sở hữu các bảng của cơ sở dữ liệu chiến dịch nên không thể cấp quyền trên chúng: hãy chạy lệnh này bằng chủ sở hữu (hoặc superuser).</translation>
    </message>
    <message>
        <source>The user “%1” may not create roles or grant membership on this server: run this as a user with the CREATEROLE right (or a superuser).</source>
        <translation>Người dùng “%1” không được tạo vai trò hay cấp tư cách thành viên trên máy chủ này: hãy chạy bằng người dùng có quyền CREATEROLE (hoặc superuser).</translation>
    </message>
    <message>
        <source>Roles exist only on a team database: give one as postgresql://user@host:port/dbname.</source>
        <translation>Vai trò chỉ có trên cơ sở dữ liệu nhóm: hãy cho địa chỉ dạng postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The roles could not be set up</source>
        <translation>Không thiết lập được các vai trò</translation>
    </message>
</context>
<context>
    <name>TeamTransfer</name>
    <message>
        <source>Nothing was copied: the target is left as it was</source>
        <translation>Chưa sao chép gì: nơi nhận vẫn giữ nguyên như cũ</translation>
    </message>
    <message>
        <source>%1 already holds candidates or campaigns; copy only into an empty campaign database (nothing was changed)</source>
        <translation>%1 đã có ứng viên hoặc chiến dịch; chỉ sao chép vào một cơ sở dữ liệu chiến dịch còn trống (không có gì bị thay đổi)</translation>
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
        <translation>%1 không phải là số</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 không phải là số nguyên</translation>
    </message>
    <message>
        <source>%1 is not a percentage</source>
        <translation>%1 không phải là tỷ lệ phần trăm</translation>
    </message>
    <message>
        <source>%1 is not an amount of money</source>
        <translation>%1 không phải là số tiền hợp lệ</translation>
    </message>
    <message>
        <source>%1 has no currency: write it with the amount (250 USD, Rp 1.500.000) or add a currency column</source>
        <translation>%1 chưa có tiền tệ: hãy ghi tiền tệ cùng số tiền (250 USD, Rp 1.500.000) hoặc thêm cột tiền tệ</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 has</source>
        <extracomment>%1 the amount, %2 a currency code such as VND</extracomment>
        <translation>%1 có nhiều chữ số thập phân hơn mức %2 cho phép</translation>
    </message>
    <message>
        <source>%1 is not a known currency</source>
        <translation>%1 không phải là loại tiền tệ được hỗ trợ</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>Không thể đọc “%1”: %2</translation>
    </message>
    <message>
        <source>it is not an .xlsx, .ods or Excel XML workbook</source>
        <translation>đây không phải bảng tính .xlsx, .ods hay Excel XML</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>bảng tính bị hỏng (%1)</translation>
    </message>
</context>
<context>
    <name>WorkbookSource</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 a file name, %2 why it could not be read</extracomment>
        <translation>Không thể đọc “%1”: %2</translation>
    </message>
    <message>
        <source>it has no sheet “%1”; its sheets are %2</source>
        <extracomment>%1 the sheet asked for, %2 the workbook&apos;s sheets</extracomment>
        <translation>không có trang tính “%1”; các trang tính là %2</translation>
    </message>
    <message>
        <source>it has several sheets (%1); choose the one to import</source>
        <extracomment>%1 the workbook&apos;s sheets</extracomment>
        <translation>có nhiều trang tính (%1); hãy chọn trang cần nhập</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>The workbook could not be started.</source>
        <translation>Không thể tạo bảng tính.</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows and %2 columns; export fewer rows (filter the list) or export to CSV.</source>
        <translation>Một trang tính chứa tối đa %1 hàng và %2 cột; hãy xuất ít hàng hơn (lọc danh sách) hoặc xuất ra CSV.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The workbook would be larger than 4 GB, more than a spreadsheet opens.</source>
        <translation>Bảng tính sẽ lớn hơn 4 GB, quá mức các chương trình bảng tính mở được.</translation>
    </message>
    <message>
        <source>The workbook could not be compressed.</source>
        <translation>Không thể nén bảng tính.</translation>
    </message>
</context>
<context>
    <name>planner::AboutDialog</name>
    <message>
        <source>About Campaign Planner</source>
        <translation>Giới thiệu Campaign Planner</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Compare content creators, influencers, KOLs and KOCs for a campaign: reach, engagement and cost.</source>
        <translation>So sánh người sáng tạo nội dung, influencer, KOL và KOC cho một chiến dịch: lượt tiếp cận, tương tác và chi phí.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty. Built with Qt %2, under the GNU Lesser General Public License, version 3.</source>
        <translation>Phần mềm tự do theo Giấy phép Công cộng GNU (GNU General Public License), phiên bản 3 trở lên (%1). Phần mềm không kèm bất kỳ bảo hành nào. Được xây dựng bằng Qt %2, theo Giấy phép Công cộng Hạn chế GNU (GNU Lesser General Public License), phiên bản 3.</translation>
    </message>
    <message>
        <source>Reach per post and story: Minter.io; Facebook and X: Stellar</source>
        <translation>Lượt tiếp cận mỗi bài đăng và story: Minter.io; Facebook và X: Stellar</translation>
    </message>
    <message>
        <source>Engagement rates: Untapper</source>
        <translation>Tỷ lệ tương tác: Untapper</translation>
    </message>
    <message>
        <source>Fees per post and video: Influencer Marketing Hub</source>
        <translation>Phí mỗi bài đăng và video: Influencer Marketing Hub</translation>
    </message>
    <message>
        <source>Real followers: HypeAuditor and Modash</source>
        <translation>Người theo dõi thật: HypeAuditor và Modash</translation>
    </message>
    <message>
        <source>Benchmark CPM for earned media value: Upfluence and Traackr</source>
        <translation>CPM tham chiếu để tính giá trị truyền thông lan tỏa (EMV): Upfluence và Traackr</translation>
    </message>
    <message>
        <source>Views when only followers are known: CreatorIQ</source>
        <translation>Lượt xem khi chỉ biết số người theo dõi: CreatorIQ</translation>
    </message>
    <message>
        <source>Follower tiers: Later and Fohr, and Vietnamese articles on KOLs</source>
        <translation>Hạng theo số người theo dõi: Later và Fohr, cùng các bài viết tiếng Việt về KOL</translation>
    </message>
    <message>
        <source>The default assumptions rest on published figures from:</source>
        <translation>Các giả định mặc định dựa trên số liệu đã công bố của:</translation>
    </message>
    <message>
        <source>Each figure is shown with its source in Campaign &gt; Assumptions, where you can change it. The exchange rates are examples: enter today&apos;s rates there.</source>
        <translation>Mỗi số liệu được hiển thị kèm nguồn trong Chiến dịch &gt; Giả định, nơi bạn có thể thay đổi nó. Tỷ giá chỉ là ví dụ: hãy nhập tỷ giá hôm nay tại đó.</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionSource</name>
    <message>
        <source>Minter.io, median organic reach per post, 0-20k followers</source>
        <translation>Minter.io, trung vị lượt tiếp cận tự nhiên mỗi bài đăng, 0–20 nghìn người theo dõi</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 0-20k followers</source>
        <translation>Minter.io, trung vị lượt tiếp cận tự nhiên mỗi story, 0–20 nghìn người theo dõi</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 20k-100k followers</source>
        <translation>Minter.io, trung vị lượt tiếp cận tự nhiên mỗi bài đăng, 20–100 nghìn người theo dõi</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 20k-100k followers</source>
        <translation>Minter.io, trung vị lượt tiếp cận tự nhiên mỗi story, 20–100 nghìn người theo dõi</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 100k-1M followers</source>
        <translation>Minter.io, trung vị lượt tiếp cận tự nhiên mỗi bài đăng, 100 nghìn–1 triệu người theo dõi</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 100k-1M followers</source>
        <translation>Minter.io, trung vị lượt tiếp cận tự nhiên mỗi story, 100 nghìn–1 triệu người theo dõi</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per post, 1M+ followers</source>
        <translation>Minter.io, trung vị lượt tiếp cận tự nhiên mỗi bài đăng, trên 1 triệu người theo dõi</translation>
    </message>
    <message>
        <source>Minter.io, median organic reach per story, 1M+ followers</source>
        <translation>Minter.io, trung vị lượt tiếp cận tự nhiên mỗi story, trên 1 triệu người theo dõi</translation>
    </message>
    <message>
        <source>Stellar: Facebook posts reach about 30% of followers</source>
        <translation>Stellar: bài đăng trên Facebook tiếp cận khoảng 30% người theo dõi</translation>
    </message>
    <message>
        <source>Stellar: X posts reach about 30% of followers</source>
        <translation>Stellar: bài đăng trên X tiếp cận khoảng 30% người theo dõi</translation>
    </message>
    <message>
        <source>Followers times a multiplier when average views are unknown (CreatorIQ and others); 10% is a planner default</source>
        <translation>Số người theo dõi nhân với một hệ số khi chưa biết lượt xem trung bình (CreatorIQ và các nguồn khác); 10% là mặc định của ứng dụng</translation>
    </message>
    <message>
        <source>planner default, no public source</source>
        <translation>mặc định của ứng dụng, chưa có nguồn công khai</translation>
    </message>
    <message>
        <source>planner default, no public source: the audience per appearance is reached</source>
        <translation>mặc định của ứng dụng, chưa có nguồn công khai: tiếp cận toàn bộ khán giả của mỗi lần xuất hiện</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram nano 3-5% (midpoint)</source>
        <translation>Untapper 2026, Instagram nano 3–5% (điểm giữa)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram micro 2-3.5% (midpoint)</source>
        <translation>Untapper 2026, Instagram micro 2–3,5% (điểm giữa)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram mid and macro 1-2.5% (midpoint)</source>
        <translation>Untapper 2026, Instagram tầm trung và macro 1–2,5% (điểm giữa)</translation>
    </message>
    <message>
        <source>Untapper 2026, Instagram mega 0.7-1.2% (midpoint)</source>
        <translation>Untapper 2026, Instagram mega 0,7–1,2% (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram nano 10-100 USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub, Instagram nano 10–100 USD mỗi bài đăng (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram micro 100-500 USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub, Instagram micro 100–500 USD mỗi bài đăng (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram mid and macro 500-10k USD per post (midpoint)</source>
        <translation>Influencer Marketing Hub, Instagram tầm trung và macro 500–10 nghìn USD mỗi bài đăng (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, Instagram mega 10k+ USD per post (lower bound)</source>
        <translation>Influencer Marketing Hub, Instagram mega từ 10 nghìn USD mỗi bài đăng (mức thấp nhất)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube nano 20-200 USD (midpoint)</source>
        <translation>Influencer Marketing Hub, YouTube nano 20–200 USD (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube micro 200-1k USD (midpoint)</source>
        <translation>Influencer Marketing Hub, YouTube micro 200–1 nghìn USD (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube mid and macro 1k-20k USD (midpoint)</source>
        <translation>Influencer Marketing Hub, YouTube tầm trung và macro 1 nghìn–20 nghìn USD (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, YouTube mega 20k+ USD (lower bound)</source>
        <translation>Influencer Marketing Hub, YouTube mega từ 20 nghìn USD (mức thấp nhất)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok nano 5-25 USD (midpoint)</source>
        <translation>Influencer Marketing Hub, TikTok nano 5–25 USD (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok micro 25-125 USD (midpoint)</source>
        <translation>Influencer Marketing Hub, TikTok micro 25–125 USD (điểm giữa)</translation>
    </message>
    <message>
        <source>Influencer Marketing Hub, TikTok mid 125-1,250 USD (midpoint; no macro figure)</source>
        <translation>Influencer Marketing Hub, TikTok tầm trung 125–1.250 USD (điểm giữa; không có số liệu macro)</translation>
    </message>
    <message>
        <source>planner default from HypeAuditor (36% of Instagram influencers affected by fraud) and Modash (under 75% credibility flags fraud)</source>
        <translation>mặc định của ứng dụng theo HypeAuditor (36% influencer Instagram dính gian lận) và Modash (dưới 75% độ tin cậy là dấu hiệu gian lận)</translation>
    </message>
    <message>
        <source>planner default from HypeAuditor (near 60% of accounts above 1M followers affected by fraud) and Modash (under 75% credibility flags fraud)</source>
        <translation>mặc định của ứng dụng theo HypeAuditor (gần 60% tài khoản trên 1 triệu người theo dõi dính gian lận) và Modash (dưới 75% độ tin cậy là dấu hiệu gian lận)</translation>
    </message>
    <message>
        <source>Upfluence benchmark CPM for earned media value (Traackr uses 6 USD on Instagram)</source>
        <translation>CPM tham chiếu của Upfluence để tính giá trị truyền thông lan tỏa (EMV) (Traackr dùng 6 USD cho Instagram)</translation>
    </message>
    <message>
        <source>planner default: 1 means no preference</source>
        <translation>mặc định của ứng dụng: 1 nghĩa là không ưu tiên</translation>
    </message>
    <message>
        <source>planner default after the seed articles: a creator who uses the product and shares the brand&apos;s values beats a bigger one; 10% of goal fit per star above or below 3</source>
        <translation>mặc định của planner theo các bài viết nguồn: nhà sáng tạo dùng sản phẩm và cùng giá trị với thương hiệu hiệu quả hơn người có nhiều người theo dõi hơn; mỗi sao trên hoặc dưới 3 đổi 10% độ phù hợp mục tiêu</translation>
    </message>
    <message>
        <source>planner default after the seed articles (the audience must match the brand&apos;s): a channel that posts in none of the campaign&apos;s languages counts this share less</source>
        <translation>mặc định của planner theo các bài viết nguồn (khán giả phải khớp với khán giả của thương hiệu): kênh không đăng bằng ngôn ngữ nào của chiến dịch bị tính bớt phần này</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionStore</name>
    <message>
        <source>The assumption could not be saved.</source>
        <translation>Không thể lưu giả định.</translation>
    </message>
    <message>
        <source>must be a number not below zero</source>
        <translation>phải là số không âm</translation>
    </message>
    <message>
        <source>The assumptions could not be restored.</source>
        <translation>Không thể khôi phục các giả định.</translation>
    </message>
    <message>
        <source>Tier threshold</source>
        <translation>Ngưỡng hạng</translation>
    </message>
    <message>
        <source>nano starts at 0 and each tier must start above the one before</source>
        <translation>hạng nano bắt đầu từ 0 và mỗi hạng phải bắt đầu cao hơn hạng liền trước</translation>
    </message>
    <message>
        <source>must be a number not below zero, with its source</source>
        <translation>phải là số không âm, kèm nguồn của nó</translation>
    </message>
</context>
<context>
    <name>planner::AssumptionsDialog</name>
    <message>
        <source>Vietnamese KOL article (seeds); Later x Fohr</source>
        <translation>Bài viết tiếng Việt về KOL (tài liệu tham khảo); Later x Fohr</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>%1: “%2” is not a rate above zero</source>
        <translation>%1: “%2” không phải là tỷ giá lớn hơn 0</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>&amp;Projection figures</source>
        <translation>Số liệu &amp;dự báo</translation>
    </message>
    <message>
        <source>E&amp;xchange rates</source>
        <translation>Tỷ &amp;giá</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Số đơn vị đổi được 1 đô la Mỹ</translation>
    </message>
    <message>
        <source>Find a figure, e.g. TikTok or micro</source>
        <translation>Tìm số liệu, ví dụ TikTok hoặc micro</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Puts every figure and tier threshold back to its published value</source>
        <translation>Đưa mọi số liệu và ngưỡng hạng về giá trị đã công bố</translation>
    </message>
    <message>
        <source>Fees in other currencies convert into the campaign&apos;s currency through this table. There is no network: enter today&apos;s rates yourself.</source>
        <translation>Phí bằng các loại tiền tệ khác được quy đổi sang tiền tệ của chiến dịch theo bảng này. Chương trình không kết nối mạng: bạn hãy tự nhập tỷ giá hôm nay.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>&amp;Add or Change</source>
        <translation>&amp;Thêm hoặc sửa</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Double-click a value to change it; bold values differ from the default</source>
        <translation>Nhấp đúp vào một giá trị để sửa; giá trị in đậm là giá trị khác mặc định</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Exchange-rate table: the day the rate was last set</extracomment>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Own history suggests</source>
        <extracomment>Column: what the team&apos;s completed campaigns suggest for the figure</extracomment>
        <translation>Lịch sử của bạn gợi ý</translation>
    </message>
    <message>
        <source>Ado&amp;pt Suggestion</source>
        <translation>Á&amp;p dụng gợi ý</translation>
    </message>
    <message>
        <source>Uses what your completed campaigns suggest for the chosen figure; Edit &gt; Undo takes it back</source>
        <translation>Dùng con số mà các chiến dịch đã hoàn thành gợi ý cho chỉ số đã chọn; Sửa &gt; Hoàn tác để lấy lại</translation>
    </message>
    <message>
        <source>%1 (%2 to %3), from %4 deliveries</source>
        <extracomment>%1 the suggested value, %2 and %3 its 95% interval, %4 how many delivered posts or videos</extracomment>
        <translation>%1 (%2 đến %3), từ %4 bài đã đăng</translation>
    </message>
</context>
<context>
    <name>planner::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>planner::BrandFitDialog</name>
    <message>
        <source>Brand Fit</source>
        <translation>Độ phù hợp thương hiệu</translation>
    </message>
    <message>
        <source>How well &lt;b&gt;%1&lt;/b&gt; fits the brand of “%2”</source>
        <extracomment>%1 candidate name, %2 campaign name</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; phù hợp với thương hiệu của “%2” đến đâu</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A brand-fit rating: %1 the number, %2 as stars</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>3 is neutral; each star above or below changes goal fit by the brand fit weight (Assumptions)</source>
        <translation>3 là trung lập; mỗi sao cao hơn hoặc thấp hơn làm đổi độ phù hợp mục tiêu theo trọng số phù hợp thương hiệu (Giả định)</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>Đánh &amp;giá:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>What you saw: posts with the product, a past campaign, the audience…</source>
        <translation>Điều bạn thấy: bài đăng có sản phẩm, chiến dịch trước, tệp khán giả…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>planner::BudgetChart</name>
    <message>
        <source>Budget by kind</source>
        <translation>Ngân sách theo loại</translation>
    </message>
    <message>
        <source>Budget by tier</source>
        <translation>Ngân sách theo hạng</translation>
    </message>
    <message>
        <source>Budget by platform</source>
        <translation>Ngân sách theo nền tảng</translation>
    </message>
    <message>
        <source>The budget split shows once the shortlist has costs.</source>
        <translation>Phân bổ ngân sách sẽ hiện khi danh sách rút gọn có chi phí.</translation>
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
        <translation>&amp;Thêm vào danh sách rút gọn</translation>
    </message>
    <message>
        <source>Puts the selected candidate on the open campaign&apos;s shortlist</source>
        <translation>Đưa ứng viên đang chọn vào danh sách rút gọn của chiến dịch đang mở</translation>
    </message>
    <message>
        <source>&amp;Why This Rank?</source>
        <translation>&amp;Vì sao có thứ hạng này?</translation>
    </message>
    <message>
        <source>Shows the numbers behind the selected candidate&apos;s goal fit</source>
        <translation>Hiện các số liệu làm căn cứ cho độ phù hợp mục tiêu của ứng viên đang chọn</translation>
    </message>
    <message>
        <source>S&amp;uggest Shortlist…</source>
        <translation>Gợi ý danh sách &amp;rút gọn…</translation>
    </message>
    <message>
        <source>Fills the shortlist with the candidates that bring the most for the budget</source>
        <translation>Lập danh sách rút gọn gồm những ứng viên mang lại hiệu quả cao nhất trong phạm vi ngân sách</translation>
    </message>
    <message>
        <source>Compare &amp;Goals…</source>
        <translation>S&amp;o sánh mục tiêu…</translation>
    </message>
    <message>
        <source>Plans the same budget for awareness and for niche trust, side by side</source>
        <translation>Lập phương án cho cùng một ngân sách theo mục tiêu nhận diện thương hiệu và niềm tin trong ngách, đặt cạnh nhau để so sánh</translation>
    </message>
    <message>
        <source>&amp;Assumptions…</source>
        <translation>&amp;Giả định…</translation>
    </message>
    <message>
        <source>Shows and edits the figures behind every projection, and the exchange rates</source>
        <translation>Xem và sửa các số liệu làm cơ sở cho mọi dự báo, cùng các tỷ giá</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, for the goal “%3”:</source>
        <extracomment>%1 candidate name, %2 platform, %3 goal</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; trên %2, với mục tiêu “%3”:</translation>
    </message>
    <message>
        <source>Tier: %1 · authenticity %2 · reach rate %3 per deliverable</source>
        <translation>Hạng: %1 · độ thật %2 · tỷ lệ tiếp cận %3 mỗi hạng mục</translation>
    </message>
    <message>
        <source>Authentic unique reach: %1 · engagements: %2</source>
        <translation>Số người tiếp cận thật: %1 · lượt tương tác: %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Chi phí: %1</translation>
    </message>
    <message>
        <source>Cost unknown: no exchange rate to %1</source>
        <translation>Chưa rõ chi phí: chưa có tỷ giá sang %1</translation>
    </message>
    <message>
        <source>reach rate</source>
        <translation>tỷ lệ tiếp cận</translation>
    </message>
    <message>
        <source>authenticity</source>
        <translation>độ thật</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>tỷ lệ tương tác</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>phí</translation>
    </message>
    <message>
        <source>Rests on the tier&apos;s default %1, not on the candidate&apos;s own data.</source>
        <translation>Dựa trên %1 mặc định của hạng, không phải dữ liệu riêng của ứng viên.</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Vì sao có thứ hạng này</translation>
    </message>
    <message>
        <source>As booked on the shortlist: %1 × %2</source>
        <extracomment>%1 count, %2 deliverable format: the shortlist entry the figures are for</extracomment>
        <translation>Như đã đặt trong danh sách rút gọn: %1 × %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The brief&lt;/b&gt;</source>
        <translation>&lt;b&gt;Brief&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các số liệu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The follower count and average views are unknown: nothing is projected.</source>
        <translation>Không rõ số người theo dõi lẫn lượt xem trung bình: không dự tính được gì.</translation>
    </message>
    <message>
        <source>The follower count is unknown: reach and engagements come from the average views.</source>
        <translation>Không rõ số người theo dõi: số người tiếp cận và lượt tương tác được tính từ lượt xem trung bình.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>Chưa rõ chi phí: chưa có mức phí niêm yết hay thỏa thuận.</translation>
    </message>
    <message>
        <source>Compare &amp;Candidates…</source>
        <translation>So sánh ứng &amp;viên…</translation>
    </message>
    <message>
        <source>Projects the selected candidates for the open campaign side by side, without adding them to the shortlist</source>
        <translation>Dự báo các ứng viên đang chọn cho chiến dịch đang mở, đặt cạnh nhau, mà không thêm họ vào danh sách rút gọn</translation>
    </message>
    <message>
        <source>Open a campaign to compare candidates for it</source>
        <translation>Hãy mở một chiến dịch để so sánh ứng viên cho chiến dịch đó</translation>
    </message>
    <message>
        <source>Select %1 to %2 candidates in the list (Ctrl+click) to compare them</source>
        <extracomment>%1 the fewest, %2 the most candidates compared</extracomment>
        <translation>Chọn từ %1 đến %2 ứng viên trong danh sách (Ctrl+nhấp) để so sánh</translation>
    </message>
    <message>
        <source>At most %1 candidates can be compared; %2 are selected</source>
        <extracomment>%1 the most candidates compared, %2 how many are selected</extracomment>
        <translation>Chỉ so sánh được tối đa %1 ứng viên; đang chọn %2</translation>
    </message>
    <message>
        <source>&amp;Brand Fit…</source>
        <translation>Độ phù hợp &amp;thương hiệu…</translation>
    </message>
    <message>
        <source>Rates how well the selected candidate fits the campaign&apos;s brand, with reasons and a note</source>
        <translation>Đánh giá ứng viên đang chọn phù hợp với thương hiệu của chiến dịch đến đâu, kèm lý do và ghi chú</translation>
    </message>
</context>
<context>
    <name>planner::CampaignCommand</name>
    <message>
        <source>“%1” is no longer in this file.</source>
        <translation>“%1” không còn trong tệp này.</translation>
    </message>
    <message>
        <source>create campaign “%1”</source>
        <translation>tạo chiến dịch “%1”</translation>
    </message>
    <message>
        <source>edit campaign “%1”</source>
        <translation>sửa chiến dịch “%1”</translation>
    </message>
    <message>
        <source>delete campaign “%1”</source>
        <translation>xóa chiến dịch “%1”</translation>
    </message>
    <message>
        <source>add “%1” to the shortlist</source>
        <translation>thêm “%1” vào danh sách rút gọn</translation>
    </message>
    <message>
        <source>remove “%1” from the shortlist</source>
        <translation>bỏ “%1” khỏi danh sách rút gọn</translation>
    </message>
    <message>
        <source>change “%1” on the shortlist</source>
        <translation>thay đổi “%1” trong danh sách rút gọn</translation>
    </message>
    <message>
        <source>suggest a shortlist for “%1”</source>
        <translation>gợi ý danh sách rút gọn cho “%1”</translation>
    </message>
</context>
<context>
    <name>planner::CampaignEditorDialog</name>
    <message>
        <source>“%1” is not an amount of money</source>
        <translation>“%1” không phải là số tiền hợp lệ</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Chiến dịch mới</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Sửa chiến dịch</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Ngân &amp;sách:</translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation>&amp;Ngách:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Kết t&amp;húc:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Awareness buys the widest authentic reach in the target regions; niche trust buys authentic engagement from candidates of the target niches.</source>
        <translation>Nhận diện thương hiệu: ưu tiên tiếp cận thật nhiều người nhất tại các khu vực mục tiêu. Niềm tin trong ngách: ưu tiên tương tác thật từ các ứng viên thuộc ngách mục tiêu.</translation>
    </message>
    <message>
        <source>Every figure of the campaign is shown in this currency; fees in other currencies convert through the exchange-rate table.</source>
        <translation>Mọi số liệu của chiến dịch đều hiển thị bằng loại tiền tệ này; phí bằng tiền tệ khác được quy đổi theo bảng tỷ giá.</translation>
    </message>
    <message>
        <source>Country or province codes, e.g. VN, ID-JK, IR-23; empty means anywhere</source>
        <translation>Mã quốc gia hoặc tỉnh/thành, ví dụ VN, ID-JK, IR-23; để trống nghĩa là mọi nơi</translation>
    </message>
    <message>
        <source>Niche trust counts only candidates of these niches; none checked means any niche.</source>
        <translation>Mục tiêu Niềm tin trong ngách chỉ tính các ứng viên thuộc những ngách này; không chọn ngách nào nghĩa là mọi ngách.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <source>The budget is typed in this unit</source>
        <translation>Ngân sách được nhập theo đơn vị này</translation>
    </message>
    <message>
        <source>Total budget, e.g. %1</source>
        <extracomment>%1 an amount with its digits grouped, such as 250,000,000</extracomment>
        <translation>Tổng ngân sách, ví dụ %1</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Ngôn ngữ mục t&amp;iêu:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>The languages the campaign&apos;s audience reads: a channel posting only in others counts less in goal fit (Assumptions).</source>
        <translation>Ngôn ngữ mà khán giả của chiến dịch đọc: kênh chỉ đăng bằng ngôn ngữ khác được tính thấp hơn trong độ phù hợp mục tiêu (Giả định).</translation>
    </message>
</context>
<context>
    <name>planner::CampaignPanel</name>
    <message>
        <source>No campaign yet: create one with “New…” to build a shortlist.</source>
        <translation>Chưa có chiến dịch nào: hãy tạo bằng “Chiến dịch mới…” để lập danh sách rút gọn.</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>mọi nơi</translation>
    </message>
    <message>
        <source>any niche</source>
        <translation>mọi ngách</translation>
    </message>
    <message>
        <source>Goal: %1 · Budget: %2 · Niches: %3 · Regions: %4</source>
        <extracomment>Campaign summary: goal, budget, target niches, target regions</extracomment>
        <translation>Mục tiêu: %1 · Ngân sách: %2 · Ngách: %3 · Khu vực: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries counted</source>
        <translation>
            <numerusform>%Ln mục được tính</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique reach %1 · Impressions %2 · Engagements %3</source>
        <translation>Số người tiếp cận %1 · Lượt hiển thị %2 · Lượt tương tác %3</translation>
    </message>
    <message>
        <source>Cost %1, %2 of the budget left</source>
        <translation>Chi phí %1, ngân sách còn lại %2</translation>
    </message>
    <message>
        <source>Cost %1, %2 over budget</source>
        <translation>Chi phí %1, vượt ngân sách %2</translation>
    </message>
    <message>
        <source>CPM %1 · CPE %2 · EMV %3</source>
        <translation>CPM %1 · CPE %2 · EMV %3</translation>
    </message>
    <message>
        <source>* rests on a tier default rather than the candidate&apos;s own data (see the cell&apos;s tooltip)</source>
        <translation>* dựa trên giá trị mặc định của hạng thay vì dữ liệu riêng của ứng viên (xem chú thích của ô)</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Chiến &amp;dịch:</translation>
    </message>
    <message>
        <source>The campaign whose shortlist and goal fit are shown</source>
        <translation>Chiến dịch đang được hiển thị danh sách rút gọn và độ phù hợp mục tiêu</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>Chiến dịch &amp;mới…</translation>
    </message>
    <message>
        <source>Creates a campaign with a goal, a budget and targets</source>
        <translation>Tạo chiến dịch với mục tiêu, ngân sách, ngách và khu vực nhắm đến</translation>
    </message>
    <message>
        <source>Edit Ca&amp;mpaign…</source>
        <translation>&amp;Sửa chiến dịch…</translation>
    </message>
    <message>
        <source>Changes the open campaign&apos;s goal, budget, targets or dates</source>
        <translation>Thay đổi mục tiêu, ngân sách, ngách và khu vực nhắm đến hoặc thời gian của chiến dịch đang mở</translation>
    </message>
    <message>
        <source>Delete Campaig&amp;n</source>
        <translation>&amp;Xóa chiến dịch</translation>
    </message>
    <message>
        <source>Deletes the open campaign and its shortlist</source>
        <translation>Xóa chiến dịch đang mở cùng danh sách rút gọn của chiến dịch đó</translation>
    </message>
    <message>
        <source>&amp;Remove from Shortlist</source>
        <translation>&amp;Bỏ khỏi danh sách rút gọn</translation>
    </message>
    <message>
        <source>Takes the selected entry off the shortlist</source>
        <translation>Bỏ mục đang chọn khỏi danh sách rút gọn</translation>
    </message>
    <message>
        <source>Double-click format, count, fee or status to change it</source>
        <translation>Nhấp đúp vào định dạng, số lượng, phí hoặc trạng thái để thay đổi</translation>
    </message>
    <message>
        <source>Runs %1 – %2</source>
        <extracomment>Campaign summary: the campaign&apos;s first and last day</extracomment>
        <translation>Thời gian chạy: %1 – %2</translation>
    </message>
    <message>
        <source>CPM and CPE show “—”: the shortlist costs nothing (or its fees are unknown), so a cost per impression or engagement is undefined, not free.</source>
        <translation>CPM và CPE hiện “—”: danh sách rút gọn không tốn chi phí (hoặc chưa biết phí), nên chi phí cho mỗi lượt hiển thị hay tương tác là không xác định, không phải miễn phí.</translation>
    </message>
    <message>
        <source>CPM or CPE show “—”: no impressions or engagements are projected.</source>
        <translation>CPM hoặc CPE hiện “—”: không dự kiến có lượt hiển thị hay tương tác nào.</translation>
    </message>
    <message>
        <source>This shortlist is empty. Select candidates in the list above and choose “Add to Shortlist” (Campaign menu), or let “Suggest Shortlist…” pick them for the budget.</source>
        <translation>Danh sách rút gọn này đang trống. Chọn ứng viên trong danh sách phía trên rồi chọn “Thêm vào danh sách rút gọn” (menu Chiến dịch), hoặc để “Gợi ý danh sách rút gọn…” chọn giúp theo ngân sách.</translation>
    </message>
    <message>
        <source>New…</source>
        <extracomment>Button beside the campaign chooser: new campaign</extracomment>
        <translation>Mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Button beside the campaign chooser: edit the campaign</extracomment>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button beside the campaign chooser: delete the campaign</extracomment>
        <translation>Xóa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries left out of reach and engagements: their follower count and average views are unknown</source>
        <translation>
            <numerusform>%Ln mục không được tính vào số người tiếp cận và lượt tương tác: không rõ số người theo dõi lẫn lượt xem trung bình</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CampaignStore</name>
    <message>
        <source>another campaign is already called “%1”</source>
        <translation>đã có chiến dịch khác tên là “%1”</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>không tồn tại</translation>
    </message>
    <message>
        <source>the candidate has no channel on this platform</source>
        <translation>ứng viên không có kênh trên nền tảng này</translation>
    </message>
    <message>
        <source>the shortlist already holds this candidate with this platform and format</source>
        <translation>danh sách rút gọn đã có ứng viên này với nền tảng và định dạng này</translation>
    </message>
    <message>
        <source>The campaign could not be saved.</source>
        <translation>Không thể lưu chiến dịch.</translation>
    </message>
    <message>
        <source>The campaign could not be deleted.</source>
        <translation>Không thể xóa chiến dịch.</translation>
    </message>
    <message>
        <source>The shortlist entry could not be saved.</source>
        <translation>Không thể lưu mục trong danh sách rút gọn.</translation>
    </message>
    <message>
        <source>The shortlist entry could not be deleted.</source>
        <translation>Không thể xóa mục khỏi danh sách rút gọn.</translation>
    </message>
    <message>
        <source>The shortlist could not be replaced.</source>
        <translation>Không thể thay thế danh sách rút gọn.</translation>
    </message>
    <message>
        <source>The shortlist entries could not be restored.</source>
        <translation>Không thể khôi phục các mục trong danh sách rút gọn.</translation>
    </message>
    <message>
        <source>The campaign could not be read.</source>
        <translation>Không thể đọc chiến dịch.</translation>
    </message>
    <message>
        <source>The campaigns could not be read.</source>
        <translation>Không thể đọc danh sách chiến dịch.</translation>
    </message>
    <message>
        <source>The shortlist could not be read.</source>
        <translation>Không thể đọc danh sách rút gọn.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateCommand</name>
    <message>
        <source>add “%1”</source>
        <translation>thêm “%1”</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>sửa “%1”</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>xóa “%1”</translation>
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
        <translation>So sánh ứng viên: %1</translation>
    </message>
    <message>
        <source>Projected for “%1” (%2), one piece of content each; the shortlist is unchanged</source>
        <extracomment>%1 campaign name, %2 goal</extracomment>
        <translation>Dự báo cho “%1” (%2), mỗi người một nội dung; danh sách rút gọn không thay đổi</translation>
    </message>
</context>
<context>
    <name>planner::CandidateEditorDialog</name>
    <message>
        <source>Add candidate</source>
        <translation>Thêm ứng viên</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Sửa ứng viên</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation>&amp;Ngách:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Name as the marketer knows them</source>
        <translation>Tên bạn vẫn dùng để gọi người này</translation>
    </message>
    <message>
        <source>Country or province codes, e.g. VN, ID-JK, IR-23</source>
        <translation>Mã quốc gia hoặc tỉnh/thành, ví dụ VN, ID-JK, IR-23</translation>
    </message>
    <message>
        <source>Content creators make content for its own sake; influencers build an audience and promote; KOLs are recognised experts; KOCs are ordinary customers with a small, trusting following.</source>
        <translation>Người sáng tạo nội dung làm nội dung vì chính nội dung; influencer xây dựng cộng đồng người theo dõi và quảng bá sản phẩm; KOL là chuyên gia được công nhận; KOC là người tiêu dùng bình thường, có ít người theo dõi nhưng được họ tin tưởng.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Tất cả loại</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tất cả hạng</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Tất cả nền tảng</translation>
    </message>
    <message>
        <source>All niches</source>
        <translation>Tất cả ngách</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tất cả khu vực</translation>
    </message>
    <message>
        <source>Search name or handle…</source>
        <translation>Tìm theo tên hoặc tài khoản…</translation>
    </message>
    <message>
        <source>Shows only candidates whose name or handle contains this text (Ctrl+F)</source>
        <translation>Chỉ hiện những ứng viên có tên hoặc tài khoản chứa nội dung này (Ctrl+F)</translation>
    </message>
    <message>
        <source>Content creator, influencer, KOL or KOC</source>
        <translation>Người sáng tạo nội dung, influencer, KOL hoặc KOC</translation>
    </message>
    <message>
        <source>Follower tier: nano, micro, macro or mega</source>
        <translation>Hạng theo số người theo dõi: nano, micro, macro hoặc mega</translation>
    </message>
    <message>
        <source>Channel platform</source>
        <translation>Nền tảng của kênh</translation>
    </message>
    <message>
        <source>Niche or topic</source>
        <translation>Ngách hoặc chủ đề</translation>
    </message>
    <message>
        <source>Region; a country also includes its provinces and cities</source>
        <translation>Khu vực; chọn một quốc gia là bao gồm cả các tỉnh, thành phố của quốc gia đó</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <extracomment>The button that shows the range filters; %1 how many of them are on</extracomment>
        <translation>Thêm bộ lọc (%1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Thêm bộ lọc</translation>
    </message>
    <message>
        <source>Ranges on followers, engagement, views, fee, authenticity and the projected CPM and CPE</source>
        <translation>Khoảng giá trị cho người theo dõi, tương tác, lượt xem, phí, độ thật và CPM, CPE dự kiến</translation>
    </message>
</context>
<context>
    <name>planner::CandidateOrderBuilder</name>
    <message>
        <source>The candidates in “%1” could not be sorted.</source>
        <extracomment>%1 the database file</extracomment>
        <translation>Không thể sắp xếp danh sách ứng viên trong “%1”.</translation>
    </message>
</context>
<context>
    <name>planner::CandidatePanel</name>
    <message>
        <source>No file open</source>
        <translation>Chưa mở tệp nào</translation>
    </message>
    <message>
        <source>Candidates in this file: %1 · Channels shown: %2</source>
        <extracomment>Status bar: how many candidates the open file holds, how many channel rows match the filter</extracomment>
        <translation>Ứng viên trong tệp: %1 · Kênh đang hiển thị: %2</translation>
    </message>
    <message>
        <source>counting…</source>
        <extracomment>Status bar, while the rows matching a filter are being counted</extracomment>
        <translation>đang đếm…</translation>
    </message>
</context>
<context>
    <name>planner::CandidateStore</name>
    <message>
        <source>The candidate could not be saved.</source>
        <translation>Không thể lưu ứng viên.</translation>
    </message>
    <message>
        <source>The candidate could not be deleted.</source>
        <translation>Không thể xóa ứng viên.</translation>
    </message>
    <message>
        <source>The candidates could not be saved.</source>
        <translation>Không thể lưu các ứng viên.</translation>
    </message>
</context>
<context>
    <name>planner::CandidateTableModel</name>
    <message>
        <source>%1 — %2
%3: %4 followers (%5)</source>
        <extracomment>Tooltip of a candidate row: %1 name, %2 kind, %3 platform, %4 followers, %5 tier</extracomment>
        <translation>%1 — %2
%3: %4 người theo dõi (hạng %5)</translation>
    </message>
    <message>
        <source>Tier by followers on this channel; the thresholds are kept in the database.</source>
        <translation>Hạng theo số người theo dõi trên kênh này; các ngưỡng được lưu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Share of real followers</source>
        <translation>Tỷ lệ người theo dõi thật</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tỷ lệ tương tác</translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation>Lượt xem TB</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Phí mỗi bài</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Độ thật</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Ngách</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Real people reached in the campaign&apos;s regions per million %1 spent, for one piece of content in the channel&apos;s usual format</source>
        <extracomment>%1 currency code. Header tooltip of the goal-fit column for an awareness campaign</extracomment>
        <translation>Số người thật được tiếp cận trong khu vực của chiến dịch trên mỗi triệu %1 chi ra, cho một nội dung ở định dạng thường dùng của kênh</translation>
    </message>
    <message>
        <source>Engagements from real followers in the campaign&apos;s niches per million %1 spent, for one piece of content in the channel&apos;s usual format</source>
        <extracomment>%1 currency code. Header tooltip of the goal-fit column for a niche-trust campaign</extracomment>
        <translation>Lượt tương tác từ người theo dõi thật trong ngách của chiến dịch trên mỗi triệu %1 chi ra, cho một nội dung ở định dạng thường dùng của kênh</translation>
    </message>
    <message>
        <source>Goal fit</source>
        <extracomment>Column: what a channel brings to the campaign&apos;s goal per money spent</extracomment>
        <translation>Độ phù hợp mục tiêu</translation>
    </message>
    <message>
        <source>no rate</source>
        <extracomment>Goal-fit cell: the fee&apos;s currency has no exchange rate, so the cost is unknown</extracomment>
        <translation>chưa có tỷ giá</translation>
    </message>
    <message>
        <source>free</source>
        <extracomment>Goal-fit cell of a channel that costs nothing</extracomment>
        <translation>miễn phí</translation>
    </message>
    <message>
        <source>Cost of one %1: %2</source>
        <translation>Chi phí cho một %1: %2</translation>
    </message>
    <message>
        <source>Cost unknown: no exchange rate from %1 to %2</source>
        <translation>Chưa rõ chi phí: chưa có tỷ giá từ %1 sang %2</translation>
    </message>
    <message>
        <source>reach rate</source>
        <translation>tỷ lệ tiếp cận</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>tỷ lệ tương tác</translation>
    </message>
    <message>
        <source>authenticity</source>
        <translation>độ thật</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>phí</translation>
    </message>
    <message>
        <source>Rests on the tier&apos;s default %1</source>
        <extracomment>%1 list such as &quot;reach rate, authenticity and fee&quot;</extracomment>
        <translation>Dựa trên %1 mặc định của hạng</translation>
    </message>
    <message>
        <source>No goal fit: choose a campaign to rank the candidates for its goal.</source>
        <translation>Chưa có độ phù hợp mục tiêu: hãy chọn một chiến dịch để xếp hạng ứng viên theo mục tiêu của nó.</translation>
    </message>
    <message>
        <source>%1 — %2
%3: follower count unknown (no tier)</source>
        <extracomment>Tooltip of a candidate row whose follower count is unknown: %1 name, %2 kind, %3 platform</extracomment>
        <translation>%1 — %2
%3: không rõ số người theo dõi (chưa xếp hạng)</translation>
    </message>
    <message>
        <source>The follower count and average views are unknown: nothing is projected.</source>
        <extracomment>%1 deliverable format (Post, Video, Appearance), %2 money amount</extracomment>
        <translation>Không rõ số người theo dõi lẫn lượt xem trung bình: không dự tính được gì.</translation>
    </message>
    <message>
        <source>The follower count is unknown: reach and engagements come from the average views.</source>
        <translation>Không rõ số người theo dõi: số người tiếp cận và lượt tương tác được tính từ lượt xem trung bình.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>Chưa rõ chi phí: chưa có mức phí niêm yết hay thỏa thuận.</translation>
    </message>
    <message>
        <source>%1 (sorting…)</source>
        <extracomment>Column header while the list is being sorted by it: %1 the column&apos;s title</extracomment>
        <translation>%1 (đang sắp xếp…)</translation>
    </message>
    <message>
        <source>The candidates could not be sorted.</source>
        <translation>Không thể sắp xếp danh sách ứng viên.</translation>
    </message>
</context>
<context>
    <name>planner::ChannelTableEditor</name>
    <message>
        <source>%1 (channel %2)</source>
        <translation>%1 (kênh %2)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Handle or show</source>
        <translation>Tài khoản hoặc chương trình</translation>
    </message>
    <message>
        <source>Followers or audience</source>
        <translation>Người theo dõi hoặc khán giả</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>Tỷ lệ tương tác (%)</translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation>Lượt xem TB</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Phí mỗi bài</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Authenticity (%)</source>
        <translation>Độ thật (%)</translation>
    </message>
    <message>
        <source>Share of real followers</source>
        <translation>Tỷ lệ người theo dõi thật</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>T&amp;hêm kênh</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>&amp;Xóa kênh</translation>
    </message>
    <message>
        <source>Removes the selected channel</source>
        <translation>Xóa kênh đang chọn</translation>
    </message>
    <message>
        <source>Fees in IRR are typed in toman (ten rial), as shown</source>
        <translation>Phí bằng IRR được nhập theo toman (mười rial), đúng như đang hiển thị</translation>
    </message>
    <message>
        <source>For TV, radio and print: the audience of one appearance. Leave it empty when the count is unknown: the channel then has no tier.</source>
        <translation>Với truyền hình, phát thanh và báo in: số khán giả của một lần xuất hiện. Để trống nếu không rõ: khi đó kênh không có hạng.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The languages the channel posts in; a campaign&apos;s target languages count them in goal fit.</source>
        <translation>Các ngôn ngữ kênh dùng để đăng bài; ngôn ngữ mục tiêu của chiến dịch tính chúng vào độ phù hợp mục tiêu.</translation>
    </message>
</context>
<context>
    <name>planner::ChartsPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation>Không thể lưu biểu đồ vào “%1”.</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>D&amp;anh sách rút gọn</translation>
    </message>
    <message>
        <source>Cost and &amp;reach</source>
        <translation>Chi &amp;phí và tiếp cận</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>Ngân sác&amp;h</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>Mục t&amp;iêu</translation>
    </message>
    <message>
        <source>Reach, engagements and cost of each shortlist entry</source>
        <translation>Số người tiếp cận, lượt tương tác và chi phí của từng mục trong danh sách rút gọn</translation>
    </message>
    <message>
        <source>What every candidate the filter shows brings for its cost</source>
        <translation>Hiệu quả so với chi phí của mọi ứng viên đang hiển thị theo bộ lọc</translation>
    </message>
    <message>
        <source>Where the budget goes: by kind, tier and platform</source>
        <translation>Ngân sách được phân bổ ra sao: theo loại, hạng và nền tảng</translation>
    </message>
    <message>
        <source>The awareness plan and the niche-trust plan for the same budget</source>
        <translation>Phương án nhận diện thương hiệu và phương án niềm tin trong ngách với cùng một ngân sách</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>Xuất &amp;biểu đồ…</translation>
    </message>
    <message>
        <source>Saves the chart on show as PNG, SVG or PDF</source>
        <translation>Lưu biểu đồ đang hiển thị dưới dạng PNG, SVG hoặc PDF</translation>
    </message>
    <message>
        <source>Chart “%1” written to %2</source>
        <extracomment>Status bar after an export: %1 the chart&apos;s tab, %2 the file written</extracomment>
        <translation>Đã lưu biểu đồ “%1” vào %2</translation>
    </message>
    <message>
        <source>Full Si&amp;ze…</source>
        <translation>Xem &amp;toàn cỡ…</translation>
    </message>
    <message>
        <source>Opens the chart on show in a window of its own, as large as you make it</source>
        <translation>Mở biểu đồ đang xem trong một cửa sổ riêng, lớn tùy bạn kéo</translation>
    </message>
</context>
<context>
    <name>planner::CostScatterChart</name>
    <message>
        <source>Open a campaign to see what each candidate brings for its cost.</source>
        <translation>Hãy mở một chiến dịch để xem hiệu quả của từng ứng viên so với chi phí.</translation>
    </message>
    <message>
        <source>Most for the money</source>
        <translation>Đáng tiền nhất</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Đang chọn</translation>
    </message>
    <message>
        <source>Showing the first %1 channels: narrow the filter to see all.</source>
        <translation>Đang hiển thị %1 kênh đầu tiên: hãy thu hẹp bộ lọc để xem tất cả.</translation>
    </message>
    <message>
        <source>%1 channels; the line joins the efficient ones.</source>
        <translation>%1 kênh; đường kẻ nối các kênh đáng tiền nhất.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Chi phí: %1</translation>
    </message>
    <message>
        <source>Authentic reach: %1</source>
        <translation>Số người tiếp cận thật: %1</translation>
    </message>
    <message>
        <source>Engagements: %1</source>
        <translation>Lượt tương tác: %1</translation>
    </message>
    <message>
        <source>Authentic reach</source>
        <translation>Số người tiếp cận thật</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Lượt tương tác</translation>
    </message>
    <message>
        <source>What to set against the cost</source>
        <translation>Chỉ số để so sánh với chi phí</translation>
    </message>
</context>
<context>
    <name>planner::DemoData</name>
    <message>
        <source>The demo candidates are missing from this build of the program.</source>
        <translation>Bản dựng này của chương trình thiếu dữ liệu ứng viên mẫu.</translation>
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
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation>phải là mã ISO gồm ba chữ cái, ví dụ VND</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ giá</translation>
    </message>
    <message>
        <source>must be above zero</source>
        <translation>phải lớn hơn 0</translation>
    </message>
    <message>
        <source>the US dollar is the base and stays 1</source>
        <translation>đô la Mỹ là đồng tiền gốc nên tỷ giá luôn là 1</translation>
    </message>
    <message>
        <source>the US dollar is the base and cannot be removed</source>
        <translation>đô la Mỹ là đồng tiền gốc nên không thể xóa</translation>
    </message>
    <message>
        <source>The exchange rate could not be removed.</source>
        <translation>Không thể xóa tỷ giá.</translation>
    </message>
    <message>
        <source>The exchange rate could not be saved.</source>
        <translation>Không thể lưu tỷ giá.</translation>
    </message>
</context>
<context>
    <name>planner::ExportActions</name>
    <message>
        <source>Export &amp;Shortlist…</source>
        <translation>&amp;Xuất danh sách rút gọn…</translation>
    </message>
    <message>
        <source>Export &amp;Candidates…</source>
        <translation>Xuất danh sách ứng &amp;viên…</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV, UTF-8 without BOM (*.csv)</source>
        <translation>CSV thuần, UTF-8 không BOM (*.csv)</translation>
    </message>
    <message>
        <source>Writing the candidates…</source>
        <translation>Đang ghi danh sách ứng viên…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export Shortlist</source>
        <translation>Xuất danh sách rút gọn</translation>
    </message>
    <message>
        <source>Export Candidates</source>
        <translation>Xuất danh sách ứng viên</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>ung-vien</translation>
    </message>
    <message>
        <source>Saves the open campaign&apos;s shortlist with every projected figure as an Excel workbook or CSV</source>
        <translation>Lưu danh sách rút gọn của chiến dịch đang mở cùng mọi số liệu dự báo thành bảng tính Excel hoặc CSV</translation>
    </message>
    <message>
        <source>Saves the candidate table as filtered and sorted as an Excel workbook or CSV</source>
        <translation>Lưu bảng ứng viên theo bộ lọc và thứ tự hiện tại thành bảng tính Excel hoặc CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Column names in the interface language (untick for the English keys scripts and the import read)</source>
        <translation>Tên cột theo ngôn ngữ giao diện (bỏ chọn để dùng khóa tiếng Anh mà script và chức năng nhập đọc được)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Ứng viên</translation>
    </message>
    <message>
        <source>Shortlist of “%1” written to %2</source>
        <extracomment>Status bar after an export: %1 the campaign, %2 the file written</extracomment>
        <translation>Đã lưu danh sách rút gọn của “%1” vào %2</translation>
    </message>
    <message>
        <source>Candidates as filtered written to %1</source>
        <extracomment>Status bar after an export: %1 the file written</extracomment>
        <translation>Đã lưu các ứng viên theo bộ lọc hiện tại vào %1</translation>
    </message>
</context>
<context>
    <name>planner::GoalComparisonChart</name>
    <message>
        <source>Unique reach</source>
        <translation>Số người tiếp cận</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Lượt tương tác</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
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
        <translation>Số người theo loại</translation>
    </message>
    <message>
        <source>Choose “Compare Goals…” to plan the budget for both goals and see them here.</source>
        <translation>Chọn “So sánh mục tiêu…” để lập phương án ngân sách cho cả hai mục tiêu và xem kết quả tại đây.</translation>
    </message>
</context>
<context>
    <name>planner::GuideDialog</name>
    <message>
        <source>Who is who</source>
        <translation>Ai là ai</translation>
    </message>
    <message>
        <source>Every candidate is one of four kinds. The kind says what a person is good for, not how many followers they have.</source>
        <translation>Mỗi ứng viên thuộc một trong bốn loại. Loại cho biết người đó mạnh ở việc gì, chứ không phải họ có bao nhiêu người theo dõi.</translation>
    </message>
    <message>
        <source>makes content for its own sake and knows one niche deeply. Their audience is loyal and their posts live long; they choose brands that fit their values.</source>
        <translation>làm nội dung vì chính nội dung và am hiểu sâu một ngách. Khán giả của họ trung thành, bài đăng sống lâu; họ chọn những thương hiệu hợp với giá trị của mình.</translation>
    </message>
    <message>
        <source>builds a personal brand and talks with a large audience every day. Good for making a brand known; the fee grows with the reach, and stories are gone in a day.</source>
        <translation>xây dựng thương hiệu cá nhân và tương tác với đông đảo người theo dõi mỗi ngày. Phù hợp để tăng nhận diện thương hiệu; chi phí tăng theo lượng tiếp cận, và story chỉ tồn tại một ngày.</translation>
    </message>
    <message>
        <source>a key opinion leader: known for expertise (a doctor, a chef, an analyst), often in one city or country, and also on TV, radio or in print. Lends credibility; fails when they have never used the product.</source>
        <translation>người dẫn dắt dư luận: được biết đến nhờ chuyên môn (bác sĩ, đầu bếp, chuyên gia phân tích), thường trong một thành phố hay một quốc gia, và cả trên truyền hình, radio hay báo in. Mang lại uy tín; thất bại khi họ chưa từng dùng sản phẩm.</translation>
    </message>
    <message>
        <source>a key opinion consumer: an ordinary customer with a small following that trusts them. Cheap and convincing close to the sale, but with little reach.</source>
        <translation>người tiêu dùng có ảnh hưởng: một khách hàng bình thường với lượng người theo dõi nhỏ nhưng tin tưởng họ. Chi phí thấp và thuyết phục ở khâu chốt đơn, nhưng độ phủ nhỏ.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>The tier counts a channel&apos;s followers: %1 below %2, %3 from %2, %4 from %5 and %6 from %7 followers. The bounds are assumptions you can change (Campaign menu).</source>
        <translation>Hạng tính theo số người theo dõi của một kênh: %1 dưới %2, %3 từ %2, %4 từ %5 và %6 từ %7 người theo dõi. Các ngưỡng này là giả định bạn có thể thay đổi (menu Chiến dịch).</translation>
    </message>
    <message>
        <source>Bigger is not always better: nano and micro accounts often win a campaign because they fit the product and keep their audience engaged.</source>
        <translation>Lớn hơn không phải lúc nào cũng tốt hơn: tài khoản nano và micro thường giúp chiến dịch thành công vì phù hợp với sản phẩm và giữ được tương tác ổn định.</translation>
    </message>
    <message>
        <source>The two goals</source>
        <translation>Hai mục tiêu</translation>
    </message>
    <message>
        <source>reach as many real people in the target regions as the budget buys, counted as authentic reach and impressions. Mega and macro influencers and KOLs in the mass media serve it.</source>
        <translation>tiếp cận càng nhiều người thật ở các khu vực mục tiêu càng tốt trong phạm vi ngân sách, tính bằng lượng tiếp cận thật và lượt hiển thị. Influencer mega, macro và KOL trên truyền thông đại chúng phục vụ mục tiêu này.</translation>
    </message>
    <message>
        <source>win a community through someone it already trusts, counted as authentic engagement from candidates of the target niches. Creators, micro and nano influencers, expert KOLs and KOCs serve it.</source>
        <translation>chinh phục một cộng đồng thông qua người mà họ đã tin tưởng, tính bằng tương tác thật từ các ứng viên thuộc ngách mục tiêu. Người sáng tạo nội dung, influencer micro và nano, KOL chuyên môn và KOC phục vụ mục tiêu này.</translation>
    </message>
    <message>
        <source>Most brands mix both. “Compare Goals…” plans the same budget for each goal, so you can see what one buys that the other does not.</source>
        <translation>Phần lớn thương hiệu kết hợp cả hai. “So sánh mục tiêu…” lập kế hoạch cùng một ngân sách cho từng mục tiêu, để bạn thấy mục tiêu này mang lại điều gì mà mục tiêu kia không có.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>planner::HelpActions</name>
    <message>
        <source>Getting &amp;Started</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>Shows the three first steps again</source>
        <translation>Hiện lại ba bước đầu tiên</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Hướng dẫn</translation>
    </message>
    <message>
        <source>Explains creators, influencers, KOLs and KOCs, the tiers and the two goals</source>
        <translation>Giải thích người sáng tạo nội dung, influencer, KOL và KOC, các hạng và hai mục tiêu</translation>
    </message>
    <message>
        <source>&amp;About Campaign Planner</source>
        <translation>&amp;Giới thiệu Campaign Planner</translation>
    </message>
</context>
<context>
    <name>planner::ImportDialog</name>
    <message>
        <source>Importing candidates…</source>
        <translation>Đang nhập danh sách ứng viên…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Đã hủy nhập dữ liệu: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <extracomment>A rejected row: file name, line, column, reason</extracomment>
        <translation>%1, dòng %2, cột %3: %4</translation>
    </message>
    <message>
        <source>Import Candidates</source>
        <translation>Nhập danh sách ứng viên</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>&amp;When a candidate is already in the file (same platform and handle):</source>
        <translation>&amp;Khi ứng viên đã có trong tệp (cùng nền tảng và tài khoản):</translation>
    </message>
    <message>
        <source>Keep the stored one</source>
        <translation>Giữ bản đã lưu</translation>
    </message>
    <message>
        <source>Update it from the import</source>
        <translation>Cập nhật theo dữ liệu nhập</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <extracomment>Title of the file dialog that saves the import report</extracomment>
        <translation>Lưu báo cáo nhập</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose under a column what it holds.</source>
        <translation>Hãy chọn nội dung của cột ở ô phía trên cột đó.</translation>
    </message>
    <message>
        <source>Nothing in the file says which platform these candidates are on: choose it above.</source>
        <translation>Tệp không cho biết các ứng viên này ở nền tảng nào: hãy chọn ở phía trên.</translation>
    </message>
    <message>
        <source>“%1” means no value: left empty</source>
        <extracomment>A preview cell: %1 its text (NULL, N/A, #NAME?)</extracomment>
        <translation>“%1” nghĩa là không có giá trị: để trống</translation>
    </message>
    <message>
        <source>This row will not be imported: %1</source>
        <translation>Dòng này sẽ không được nhập: %1</translation>
    </message>
    <message>
        <source>Left empty: %1</source>
        <translation>Để trống: %1</translation>
    </message>
    <message>
        <source>If imported now: %1 new, %2 updated, %3 already stored (skipped), %4 rejected; values left empty: %5.</source>
        <extracomment>Before importing: what a dry run of the whole file found</extracomment>
        <translation>Nếu nhập ngay: %1 mới, %2 cập nhật, %3 đã có (bỏ qua), %4 bị từ chối; giá trị để trống: %5.</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3, rejected %4; values left empty: %5.</source>
        <extracomment>Import summary: counts of rows and of values left empty</extracomment>
        <translation>Đã nhập %1, cập nhật %2, bỏ qua %3, từ chối %4; giá trị để trống: %5.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3, left empty: %4</source>
        <extracomment>A value left empty in an imported row: file name, line, column, reason</extracomment>
        <translation>%1, dòng %2, cột %3, để trống: %4</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column headers of the saved import report</extracomment>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>row rejected</source>
        <translation>dòng bị từ chối</translation>
    </message>
    <message>
        <source>value left empty</source>
        <translation>giá trị để trống</translation>
    </message>
    <message>
        <source>%1. Choose under each column what it holds; the first rows are shown below, each value that will be left empty marked (hover it to see why).</source>
        <translation>%1. Chọn nội dung của từng cột; các dòng đầu hiện bên dưới, mỗi giá trị sẽ bị để trống được đánh dấu (di chuột lên để xem lý do).</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>Found from the file: %1</source>
        <extracomment>%1 the encoding found (UTF-8)</extracomment>
        <translation>Nhận ra từ tệp: %1</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Dấu phân cách:</translation>
    </message>
    <message>
        <source>Found from the file: “%1”</source>
        <extracomment>%1 the separator found (, ; or tab)</extracomment>
        <translation>Nhận ra từ tệp: “%1”</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Nền tảng:</translation>
    </message>
    <message>
        <source>As the file says (rows that do not say it are rejected)</source>
        <translation>Theo tệp (dòng không ghi nền tảng sẽ bị từ chối)</translation>
    </message>
    <message>
        <source>Choose the platform…</source>
        <translation>Chọn nền tảng…</translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation>&amp;Lưu báo cáo dạng CSV…</translation>
    </message>
    <message>
        <source>This workbook has several sheets: choose the one to &amp;import:</source>
        <translation>Bảng tính này có nhiều trang tính: chọn trang cần &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <source>%1 — sheet “%2”. Numbers, percentages and dates are taken as the workbook types them. Choose under each column what it holds; the first rows are shown below.</source>
        <translation>%1 — trang tính “%2”. Số, tỷ lệ phần trăm và ngày được lấy đúng như bảng tính định dạng. Chọn nội dung của từng cột bên dưới; các dòng đầu tiên được hiển thị ở dưới.</translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <extracomment>A rejected row of a workbook: file name, sheet and cell (&apos;Sheet1&apos;!D14), reason</extracomment>
        <translation>%1, ô %2: %3</translation>
    </message>
    <message>
        <source>%1, cell %2, left empty: %3</source>
        <extracomment>A value left empty in a workbook&apos;s row: file name, sheet and cell (&apos;Sheet1&apos;!D14), reason</extracomment>
        <translation>%1, ô %2, để trống: %3</translation>
    </message>
    <message>
        <source>Checking the whole file…</source>
        <translation>Đang kiểm tra toàn bộ tệp…</translation>
    </message>
    <message>
        <source>The check of the whole file was cancelled, so what an import would do is not known. Change any choice above to check again, or import anyway.</source>
        <translation>Đã hủy việc kiểm tra toàn bộ tệp nên chưa biết kết quả nhập sẽ ra sao. Đổi một lựa chọn bất kỳ ở trên để kiểm tra lại, hoặc cứ nhập.</translation>
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
        <translation>Tệp %1 — Campaign Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; keep it recognisable in every language</extracomment>
        <translation>&amp;Ngôn ngữ (Language)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New Campaign Database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu chiến dịch mới…</translation>
    </message>
    <message>
        <source>Creates an empty campaign database file</source>
        <translation>Tạo một tệp cơ sở dữ liệu chiến dịch trống</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Opens a campaign database file</source>
        <translation>Mở một tệp cơ sở dữ liệu chiến dịch</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>Saves a copy of this database under a new name and continues in the copy</source>
        <translation>Lưu bản sao của cơ sở dữ liệu này với tên mới và tiếp tục làm việc trên bản sao</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>&amp;Thêm ứng viên…</translation>
    </message>
    <message>
        <source>Adds a content creator, influencer, KOL or KOC</source>
        <translation>Thêm người sáng tạo nội dung, influencer, KOL hoặc KOC</translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation>&amp;Sửa ứng viên…</translation>
    </message>
    <message>
        <source>Edits the selected candidate and their channels</source>
        <translation>Sửa ứng viên đang chọn và các kênh của họ</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation>&amp;Xóa ứng viên</translation>
    </message>
    <message>
        <source>Deletes the selected candidate and all their channels</source>
        <translation>Xóa ứng viên đang chọn cùng toàn bộ kênh của họ</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Tìm &amp;kiếm…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 says what would be undone, e.g. &quot;delete “Nguyễn Thu Hà”&quot;</extracomment>
        <translation>&amp;Hoàn tác %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 says what would be redone</extracomment>
        <translation>&amp;Làm lại %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>New Campaign Database</source>
        <translation>Tạo cơ sở dữ liệu chiến dịch mới</translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite)</source>
        <translation>Cơ sở dữ liệu chiến dịch (*.sqlite)</translation>
    </message>
    <message>
        <source>The file “%1” cannot be replaced.</source>
        <translation>Không thể thay thế tệp “%1”.</translation>
    </message>
    <message>
        <source>Open Campaign Database</source>
        <translation>Mở cơ sở dữ liệu chiến dịch</translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu chiến dịch (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Save Campaign Database As</source>
        <translation>Lưu cơ sở dữ liệu chiến dịch thành</translation>
    </message>
    <message>
        <source>Add Candidate</source>
        <translation>Thêm ứng viên</translation>
    </message>
    <message>
        <source>Edit Candidate</source>
        <translation>Sửa ứng viên</translation>
    </message>
    <message>
        <source>Delete Candidate</source>
        <translation>Xóa ứng viên</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Chiến dịch</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>&amp;Hiện biểu đồ</translation>
    </message>
    <message>
        <source>Shows or hides the charts beside the shortlist</source>
        <translation>Hiện hoặc ẩn các biểu đồ bên cạnh danh sách rút gọn</translation>
    </message>
    <message>
        <source>&amp;Import Candidates…</source>
        <translation>&amp;Nhập danh sách ứng viên…</translation>
    </message>
    <message>
        <source>Import Candidates</source>
        <translation>Nhập danh sách ứng viên</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>Tệp CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Ứng viên</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Iranian Amounts in &amp;Toman</source>
        <translation>Tiền Iran tính bằng &amp;toman</translation>
    </message>
    <message>
        <source>Shows and takes rial amounts in toman (ten rial); the file keeps rial</source>
        <translation>Hiển thị và nhập số tiền rial theo toman (mười rial); tệp vẫn lưu bằng rial</translation>
    </message>
    <message>
        <source>Adds candidates from a CSV file or an Excel or LibreOffice workbook: platform exports or colleagues&apos; sheets</source>
        <translation>Thêm ứng viên từ tệp CSV hoặc bảng tính Excel, LibreOffice: dữ liệu xuất từ nền tảng hay bảng của đồng nghiệp</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.xlsx *.ods *.xml)</source>
        <translation>Tệp CSV và bảng tính (*.csv *.txt *.tsv *.xlsx *.ods *.xml)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.ods *.xml)</source>
        <translation>Bảng tính (*.xlsx *.ods *.xml)</translation>
    </message>
</context>
<context>
    <name>planner::PlanDialog</name>
    <message>
        <source>Compare goals — %1</source>
        <translation>So sánh mục tiêu — %1</translation>
    </message>
    <message>
        <source>Suggested shortlist — %1</source>
        <translation>Danh sách rút gọn được gợi ý — %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Ứng viên</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Authentic reach</source>
        <translation>Số người tiếp cận thật</translation>
    </message>
    <message>
        <source>Authentic engagements</source>
        <translation>Lượt tương tác thật</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (đã khóa)</translation>
    </message>
    <message>
        <source>&amp;Use This Plan</source>
        <translation>&amp;Dùng phương án này</translation>
    </message>
    <message>
        <source>Replaces the unlocked entries of the shortlist with this plan (undoable)</source>
        <translation>Thay các mục chưa khóa trong danh sách rút gọn bằng phương án này (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>Heading of a suggested plan; %1 is the goal</extracomment>
        <translation>Mục tiêu: %1</translation>
    </message>
    <message>
        <source>No shortlist fits: %1</source>
        <translation>Không lập được danh sách rút gọn phù hợp: %1</translation>
    </message>
    <message>
        <source>Authentic reach in the target regions: %1</source>
        <translation>Số người tiếp cận thật tại các khu vực mục tiêu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidates · cost %1 of %2</source>
        <translation>
            <numerusform>%Ln ứng viên · chi phí %1 trên %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique reach %1 · impressions %2 · engagements %3</source>
        <translation>Số người tiếp cận %1 · lượt hiển thị %2 · lượt tương tác %3</translation>
    </message>
    <message>
        <source>No other shortlist within the budget brings more.</source>
        <translation>Không có danh sách rút gọn nào khác trong phạm vi ngân sách mang lại nhiều hơn.</translation>
    </message>
    <message>
        <source>At most %1 below the best possible shortlist.</source>
        <translation>Kém danh sách rút gọn tốt nhất có thể tối đa %1.</translation>
    </message>
    <message>
        <source>Authentic engagements in the target niches and regions: %1</source>
        <translation>Lượt tương tác thật trong các ngách và khu vực mục tiêu: %1</translation>
    </message>
</context>
<context>
    <name>planner::ProjectionQualityChart</name>
    <message>
        <source>No completed campaign has results yet: enter them under Campaign ▸ Results…, mark the campaign completed, and each delivered entry shows here.</source>
        <translation>Chưa có chiến dịch đã kết thúc nào có kết quả: hãy nhập ở Chiến dịch ▸ Kết quả…, đánh dấu chiến dịch đã kết thúc, và từng mục đã đăng sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>Actual = projected</source>
        <translation>Thực tế = dự báo</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: typical error %3 (%Ln entries)</source>
        <extracomment>%1 platform, %2 tier, %3 typical error (a percentage), %4 how many entries</extracomment>
        <translation>
            <numerusform>%1 · %2: sai số điển hình %3 (%Ln mục)</numerusform>
        </translation>
    </message>
    <message>
        <source>results ran %1 above the projections</source>
        <extracomment>Appended to a typical error line: %1 a percentage</extracomment>
        <translation>kết quả cao hơn dự báo %1</translation>
    </message>
    <message>
        <source>results ran %1 below the projections</source>
        <translation>kết quả thấp hơn dự báo %1</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Chỉ số:</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Lượt tương tác</translation>
    </message>
</context>
<context>
    <name>planner::RangeFilterRow</name>
    <message>
        <source>No exchange rate for this currency in the file</source>
        <translation>Tệp không có tỷ giá cho loại tiền này</translation>
    </message>
    <message>
        <source>%1 left out: figure unknown</source>
        <extracomment>After the range filters: rows hidden because a figure a range bounds is not known</extracomment>
        <translation>%1 bị loại: chưa có số liệu</translation>
    </message>
    <message>
        <source>Followers:</source>
        <translation>Người theo dõi:</translation>
    </message>
    <message>
        <source>Engagement %:</source>
        <translation>Tương tác %:</translation>
    </message>
    <message>
        <source>Avg. views:</source>
        <translation>Lượt xem TB:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <extracomment>%1 the campaign&apos;s currency code, in which fees are typed and compared</extracomment>
        <translation>Phí:</translation>
    </message>
    <message>
        <source>Fee (%1):</source>
        <translation>Phí (%1):</translation>
    </message>
    <message>
        <source>Authenticity %:</source>
        <translation>Độ thật %:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Inclusive; numbers as you write them: 15K, 1,2 jt, 3,5 %. A candidate whose figure is unknown is left out.</source>
        <extracomment>Tooltip of the range fields; the examples are typed values</extracomment>
        <translation>Tính cả hai đầu; nhập số như bạn vẫn viết: 15K, 1,2 triệu, 3,5 %. Ứng viên chưa có số liệu sẽ bị loại.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Clears every range of More filters</source>
        <translation>Xóa mọi khoảng giá trị trong Thêm bộ lọc</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>Channels that post in any of the ticked languages; a channel whose languages are unknown is left out.</source>
        <translation>Các kênh đăng bằng bất kỳ ngôn ngữ nào đã chọn; kênh chưa rõ ngôn ngữ bị loại.</translation>
    </message>
    <message>
        <source>CPM (%1):</source>
        <extracomment>%1 the open campaign&apos;s currency code; CPM: cost per thousand impressions, projected (the next label, CPE: cost per engagement, projected)</extracomment>
        <translation>CPM dự kiến (%1):</translation>
    </message>
    <message>
        <source>CPM:</source>
        <translation>CPM dự kiến:</translation>
    </message>
    <message>
        <source>CPE (%1):</source>
        <translation>CPE dự kiến (%1):</translation>
    </message>
    <message>
        <source>CPE:</source>
        <translation>CPE dự kiến:</translation>
    </message>
    <message>
        <source>Projected for the open campaign: one post, video or appearance at the listed fee (else the tier&apos;s default), in %1. A candidate whose cost, impressions or engagements cannot be projected is left out.</source>
        <translation>Dự kiến cho chiến dịch đang mở: một bài đăng, video hoặc lần xuất hiện theo mức phí niêm yết (nếu không có thì theo mức mặc định của hạng), tính bằng %1. Ứng viên không dự kiến được chi phí, lượt hiển thị hoặc lượt tương tác sẽ bị loại ra.</translation>
    </message>
    <message>
        <source>Choose a campaign: CPM and CPE are projected for it.</source>
        <translation>Hãy chọn một chiến dịch: CPM và CPE được dự kiến cho chiến dịch đó.</translation>
    </message>
</context>
<context>
    <name>planner::ReadOnlyGuard</name>
    <message>
        <source>View only</source>
        <extracomment>Status bar, when the user may only read the team database</extracomment>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <source>You can only view this team database; ask its owner for the planner role.</source>
        <translation>Bạn chỉ được xem cơ sở dữ liệu nhóm này; hãy xin chủ sở hữu cấp cho bạn vai trò người lập kế hoạch.</translation>
    </message>
</context>
<context>
    <name>planner::ReportActions</name>
    <message>
        <source>Media Plan &amp;Report…</source>
        <translation>&amp;Báo cáo kế hoạch truyền thông…</translation>
    </message>
    <message>
        <source>Writes the campaign&apos;s media plan for the client as a PDF or an HTML file, in the language you choose</source>
        <translation>Xuất kế hoạch truyền thông của chiến dịch cho khách hàng thành tệp PDF hoặc HTML, bằng ngôn ngữ bạn chọn</translation>
    </message>
    <message>
        <source>Media plan report</source>
        <translation>Báo cáo kế hoạch truyền thông</translation>
    </message>
    <message>
        <source>The report&apos;s language:</source>
        <translation>Ngôn ngữ của báo cáo:</translation>
    </message>
    <message>
        <source>%1 media plan.pdf</source>
        <extracomment>the file name a report is offered under; %1 campaign name</extracomment>
        <translation>%1 kế hoạch truyền thông.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML for mail and intranets (*.html)</source>
        <translation>PDF (*.pdf);;HTML cho email và mạng nội bộ (*.html)</translation>
    </message>
    <message>
        <source>Media plan report written to %1</source>
        <translation>Đã ghi báo cáo kế hoạch truyền thông vào %1</translation>
    </message>
    <message>
        <source>The title on the cover, as the client should read it (empty: &quot;Media plan&quot;):</source>
        <translation>Tiêu đề trên trang bìa, như khách hàng sẽ đọc (để trống: &quot;Kế hoạch truyền thông&quot;):</translation>
    </message>
</context>
<context>
    <name>planner::ResultActions</name>
    <message>
        <source>&amp;Results…</source>
        <translation>&amp;Kết quả…</translation>
    </message>
    <message>
        <source>Enters or imports what each delivered post really did, and marks the campaign completed</source>
        <translation>Nhập tay hoặc nhập tệp kết quả thật của từng bài đăng, và đánh dấu chiến dịch đã kết thúc</translation>
    </message>
    <message>
        <source>How Good Are Our &amp;Projections?…</source>
        <translation>Dự báo của ta &amp;chính xác đến đâu?…</translation>
    </message>
    <message>
        <source>Shows the projected against the actual figures of every completed campaign</source>
        <translation>Đặt số liệu dự báo cạnh số liệu thực tế của mọi chiến dịch đã kết thúc</translation>
    </message>
    <message>
        <source>How Good Are Our Projections?</source>
        <translation>Dự báo của ta chính xác đến đâu?</translation>
    </message>
</context>
<context>
    <name>planner::ResultStore</name>
    <message>
        <source>a date is needed</source>
        <translation>cần có ngày</translation>
    </message>
    <message>
        <source>must not be below zero</source>
        <translation>không được nhỏ hơn 0</translation>
    </message>
    <message>
        <source>must be an amount not below zero in a known currency</source>
        <translation>phải là số tiền không âm bằng một loại tiền tệ đã biết</translation>
    </message>
    <message>
        <source>the shortlist entry does not exist</source>
        <translation>mục trong danh sách rút gọn không tồn tại</translation>
    </message>
    <message>
        <source>The result could not be saved.</source>
        <translation>Không lưu được kết quả.</translation>
    </message>
    <message>
        <source>The results could not be saved.</source>
        <translation>Không lưu được các kết quả.</translation>
    </message>
    <message>
        <source>The result could not be removed.</source>
        <translation>Không xóa được kết quả.</translation>
    </message>
    <message>
        <source>The results could not be read.</source>
        <translation>Không đọc được các kết quả.</translation>
    </message>
    <message>
        <source>The shortlist could not be read.</source>
        <translation>Không đọc được danh sách rút gọn.</translation>
    </message>
    <message>
        <source>The campaign could not be marked completed.</source>
        <translation>Không đánh dấu được chiến dịch là đã hoàn thành.</translation>
    </message>
    <message>
        <source>The campaign could not be reopened.</source>
        <translation>Không mở lại được chiến dịch.</translation>
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
        <translation>Dòng %1, %2: “%3” không phải là số từ 0 trở lên; ô giữ nguyên giá trị cũ.</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Nhập kết quả</translation>
    </message>
    <message>
        <source>Post insights (*.csv *.txt *.xlsx *.ods *.xml);;All files (*)</source>
        <translation>Số liệu bài đăng (*.csv *.txt *.xlsx *.ods *.xml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Importing results…</source>
        <translation>Đang nhập kết quả…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Đã hủy nhập: không có gì được lưu.</translation>
    </message>
    <message>
        <source>%1 results imported, %2 rows refused.</source>
        <extracomment>After an import of results: how many rows were stored and refused</extracomment>
        <translation>Đã nhập %1 kết quả, từ chối %2 dòng.</translation>
    </message>
    <message>
        <source>Results of “%1”</source>
        <extracomment>Window title: %1 the campaign&apos;s name</extracomment>
        <translation>Kết quả của “%1”</translation>
    </message>
    <message>
        <source>What each delivered post or video really did, as the platform&apos;s insights report it. Type the figures into the table (an empty cell is a figure you do not have) or import a post-insights export. Results of completed campaigns teach the assumptions.</source>
        <translation>Kết quả thật của từng bài đăng hoặc video, theo số liệu insights của nền tảng. Gõ số vào bảng (ô trống là số bạn chưa có) hoặc nhập tệp xuất insights. Kết quả của các chiến dịch đã kết thúc sẽ giúp điều chỉnh các giả định.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Cho:</translation>
    </message>
    <message>
        <source>&amp;Add Result</source>
        <translation>&amp;Thêm kết quả</translation>
    </message>
    <message>
        <source>&amp;Remove Result</source>
        <translation>&amp;Xóa kết quả</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>Campaign &amp;completed on</source>
        <translation>Chiến dịch đã &amp;kết thúc ngày</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Người đăng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Lượt lưu</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Lượt nhấp</translation>
    </message>
    <message>
        <source>Fee paid (%1)</source>
        <extracomment>Column: the fee actually paid, %1 the campaign&apos;s currency</extracomment>
        <translation>Phí đã trả (%1)</translation>
    </message>
</context>
<context>
    <name>planner::SavedViewsButton</name>
    <message>
        <source>Save View</source>
        <translation>Lưu chế độ xem</translation>
    </message>
    <message>
        <source>Name of the view (filters, sort and columns as shown now; kept in the file):</source>
        <translation>Tên chế độ xem (bộ lọc, cách sắp xếp và các cột như đang hiển thị; lưu trong tệp):</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Xóa chế độ xem</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Lưu chế độ xem…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Chế độ xem</translation>
    </message>
    <message>
        <source>Saved views: a named filter, sort and column set, kept in the file</source>
        <translation>Chế độ xem đã lưu: bộ lọc, cách sắp xếp và các cột có tên, lưu trong tệp</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistChart</name>
    <message>
        <source>Put candidates on the shortlist to compare them here.</source>
        <translation>Thêm ứng viên vào danh sách rút gọn để so sánh tại đây.</translation>
    </message>
    <message>
        <source>Each measure as a share of its largest entry</source>
        <translation>Mỗi chỉ số so với mục cao nhất</translation>
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
        <translation>Danh sách rút gọn của “%1” theo từng chỉ số</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistSuggestRunner</name>
    <message>
        <source>Suggest shortlist</source>
        <translation>Gợi ý danh sách rút gọn</translation>
    </message>
    <message>
        <source>Compare goals</source>
        <translation>So sánh mục tiêu</translation>
    </message>
    <message>
        <source>Weighing every candidate against the budget…</source>
        <translation>Đang cân nhắc từng ứng viên so với ngân sách…</translation>
    </message>
</context>
<context>
    <name>planner::ShortlistTableModel</name>
    <message>
        <source>(deleted candidate)</source>
        <translation>(ứng viên đã bị xóa)</translation>
    </message>
    <message>
        <source>no exchange rate</source>
        <translation>chưa có tỷ giá</translation>
    </message>
    <message>
        <source>This candidate has no %1 channel any more: the entry counts for nothing.</source>
        <translation>Ứng viên này không còn kênh %1: mục này không được tính.</translation>
    </message>
    <message>
        <source>Declined: stays on the shortlist but counts for nothing.</source>
        <translation>Đã từ chối: vẫn nằm trong danh sách rút gọn nhưng không được tính.</translation>
    </message>
    <message>
        <source>Locked entries stay as they are when a shortlist is suggested.</source>
        <translation>Các mục đã khóa được giữ nguyên khi gợi ý danh sách rút gọn.</translation>
    </message>
    <message>
        <source>No exchange rate from the fee&apos;s currency to %1: add one under Assumptions.</source>
        <translation>Chưa có tỷ giá từ tiền tệ của phí sang %1: hãy thêm trong mục Giả định.</translation>
    </message>
    <message>
        <source>the assumed reach rate (%1 per deliverable), as average views are unknown</source>
        <translation>tỷ lệ tiếp cận giả định (%1 mỗi hạng mục), vì chưa biết lượt xem trung bình</translation>
    </message>
    <message>
        <source>the tier&apos;s default authenticity (%1 real followers)</source>
        <translation>độ thật mặc định của hạng (%1 người theo dõi thật)</translation>
    </message>
    <message>
        <source>the tier&apos;s default engagement rate</source>
        <translation>tỷ lệ tương tác mặc định của hạng</translation>
    </message>
    <message>
        <source>the tier&apos;s default fee, as no fee is listed</source>
        <translation>phí mặc định của hạng, vì chưa có phí niêm yết</translation>
    </message>
    <message>
        <source>Rests on defaults, not on this candidate&apos;s own data:
%1</source>
        <extracomment>%1 is a list of assumptions, one per line</extracomment>
        <translation>Dựa trên giá trị mặc định, không phải dữ liệu riêng của ứng viên này:
%1</translation>
    </message>
    <message>
        <source>Real people reached at least once (fake followers left out)</source>
        <translation>Số người thật được tiếp cận ít nhất một lần (không tính người theo dõi ảo)</translation>
    </message>
    <message>
        <source>Views of all deliverables together</source>
        <translation>Tổng lượt xem của tất cả hạng mục nội dung</translation>
    </message>
    <message>
        <source>Cost per thousand impressions</source>
        <translation>Chi phí cho mỗi nghìn lượt hiển thị</translation>
    </message>
    <message>
        <source>Cost per engagement</source>
        <translation>Chi phí cho mỗi lượt tương tác</translation>
    </message>
    <message>
        <source>Earned media value: what the impressions would cost as ads at the benchmark CPM</source>
        <translation>Giá trị truyền thông lan truyền: số tiền phải chi để mua lượng hiển thị này bằng quảng cáo theo CPM tham chiếu</translation>
    </message>
    <message>
        <source>Fee per deliverable: the agreed fee when set, else the listed one</source>
        <translation>Phí mỗi hạng mục: phí đã thỏa thuận nếu có, nếu không thì lấy phí niêm yết</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Ứng viên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>Number of deliverables</extracomment>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>Số người tiếp cận</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Lượt hiển thị</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Lượt tương tác</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
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
        <translation>%1: chưa có tỷ giá sang %2, nên hiển thị như niêm yết.</translation>
    </message>
    <message>
        <source>Listed as %1; converted to %2 with the file&apos;s exchange rates.</source>
        <extracomment>%1 the original amount (in another currency), %2 the campaign&apos;s currency code</extracomment>
        <translation>Niêm yết là %1; đã quy đổi sang %2 theo tỷ giá trong tệp.</translation>
    </message>
    <message>
        <source>No CPM: the cost is unknown (no exchange rate for the fee&apos;s currency).</source>
        <translation>Không có CPM: chưa biết chi phí (chưa có tỷ giá cho tiền tệ của phí).</translation>
    </message>
    <message>
        <source>No CPE: the cost is unknown (no exchange rate for the fee&apos;s currency).</source>
        <translation>Không có CPE: chưa biết chi phí (chưa có tỷ giá cho tiền tệ của phí).</translation>
    </message>
    <message>
        <source>No CPM: the fee is zero, so a cost per thousand impressions is undefined, not free.</source>
        <translation>Không có CPM: phí bằng 0, nên chi phí cho mỗi nghìn lượt hiển thị là không xác định, không phải miễn phí.</translation>
    </message>
    <message>
        <source>No CPE: the fee is zero, so a cost per engagement is undefined, not free.</source>
        <translation>Không có CPE: phí bằng 0, nên chi phí cho mỗi lượt tương tác là không xác định, không phải miễn phí.</translation>
    </message>
    <message>
        <source>No CPM: no impressions are projected.</source>
        <translation>Không có CPM: không dự kiến có lượt hiển thị nào.</translation>
    </message>
    <message>
        <source>No CPE: no engagements are projected.</source>
        <translation>Không có CPE: không dự kiến có lượt tương tác nào.</translation>
    </message>
    <message>
        <source>The follower count and the average views of this channel are unknown: it has no tier, and its reach and engagements are not projected (left out of the totals).</source>
        <translation>Kênh này không rõ số người theo dõi lẫn lượt xem trung bình: kênh không có hạng, số người tiếp cận và lượt tương tác không được dự tính (không tính vào tổng).</translation>
    </message>
    <message>
        <source>The follower count of this channel is unknown: it has no tier; its reach is the average views of one piece of content and its engagements apply its own engagement rate to those views.</source>
        <translation>Kênh này không rõ số người theo dõi: kênh không có hạng; số người tiếp cận là lượt xem trung bình của một nội dung, và lượt tương tác lấy tỷ lệ tương tác của chính kênh nhân với lượt xem đó.</translation>
    </message>
    <message>
        <source>Cost unknown: no fee is listed or agreed.</source>
        <translation>Chưa rõ chi phí: chưa có mức phí niêm yết hay thỏa thuận.</translation>
    </message>
</context>
<context>
    <name>planner::SuggestOptionsDialog</name>
    <message>
        <source>Suggest shortlist</source>
        <translation>Gợi ý danh sách rút gọn</translation>
    </message>
    <message>
        <source>The suggestion gets the most out of the budget for the campaign&apos;s goal. Locked entries stay as they are; declined candidates are left out; every other entry may be replaced.</source>
        <translation>Gợi ý sẽ tận dụng tối đa ngân sách cho mục tiêu của chiến dịch. Các mục đã khóa được giữ nguyên; ứng viên đã từ chối bị loại ra; mọi mục khác đều có thể bị thay thế.</translation>
    </message>
    <message>
        <source>At most this share of the budget per candidate:</source>
        <translation>Tỷ lệ ngân sách tối đa cho mỗi ứng viên:</translation>
    </message>
    <message>
        <source>At least this many of each kind:</source>
        <translation>Số lượng tối thiểu của mỗi loại:</translation>
    </message>
    <message>
        <source>Only candidates with a brand fit of at least:</source>
        <translation>Chỉ ứng viên có độ phù hợp thương hiệu ít nhất:</translation>
    </message>
    <message>
        <source>Candidates not rated for this campaign are left out too; locked ones stay</source>
        <translation>Ứng viên chưa được đánh giá cho chiến dịch này cũng bị loại; ứng viên đã khóa vẫn giữ</translation>
    </message>
    <message>
        <source>Candidates who worked with a competitor recently are left out unless locked.</source>
        <translation>Ứng viên gần đây đã hợp tác với đối thủ sẽ bị loại, trừ khi đã khóa.</translation>
    </message>
</context>
<context>
    <name>planner::TeamChangeWatch</name>
    <message>
        <source>Connection to the team database lost; reconnecting…</source>
        <translation>Mất kết nối tới cơ sở dữ liệu nhóm; đang kết nối lại…</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Đã kết nối lại</translation>
    </message>
</context>
<context>
    <name>planner::TeamDatabaseActions</name>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Kết nối cơ sở dữ liệu &amp;nhóm…</translation>
    </message>
    <message>
        <source>Opens the team&apos;s shared candidates and campaigns on a PostgreSQL server</source>
        <translation>Mở danh sách ứng viên và chiến dịch dùng chung của nhóm trên máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Kết nối cơ sở dữ liệu nhóm</translation>
    </message>
    <message>
        <source>Password for the Team Database</source>
        <extracomment>%1 user@server/database</extracomment>
        <translation>Mật khẩu cơ sở dữ liệu nhóm</translation>
    </message>
    <message>
        <source>Password of %1 (not saved):</source>
        <translation>Mật khẩu của %1 (không được lưu):</translation>
    </message>
</context>
<context>
    <name>planner::TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Kết nối cơ sở dữ liệu nhóm</translation>
    </message>
    <message>
        <source>Work on the team&apos;s shared candidate list and campaigns on a PostgreSQL server. Ask whoever runs the server for these details.</source>
        <translation>Làm việc trên danh sách ứng viên và chiến dịch dùng chung của cả nhóm trên máy chủ PostgreSQL. Hãy hỏi người quản lý máy chủ các thông tin dưới đây.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>e.g. db.agency.local</source>
        <translation>ví dụ: db.agency.local</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Secure connection (TLS):</source>
        <translation>Kết nối &amp;bảo mật (TLS):</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Tắt (chỉ dùng trong mạng tin cậy)</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Khi máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Luôn luôn (mã hóa)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Luôn luôn, và kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <source>Your password is never saved by Campaign Planner: it is read from your password file (~/.pgpass) when you have one, otherwise you are asked for it each time you connect.</source>
        <translation>Campaign Planner không bao giờ lưu mật khẩu của bạn: mật khẩu được đọc từ tệp mật khẩu (~/.pgpass) nếu bạn có, nếu không bạn sẽ được hỏi mỗi lần kết nối.</translation>
    </message>
</context>
<context>
    <name>planner::WelcomeDialog</name>
    <message>
        <source>Welcome to Campaign Planner</source>
        <translation>Chào mừng bạn đến với Campaign Planner</translation>
    </message>
    <message>
        <source>Look through the candidates in the list: demo creators, influencers, KOLs and KOCs. Add your own (Edit &gt; Add Candidate…) or bring in a sheet (File &gt; Import Candidates…).</source>
        <translation>Xem qua các ứng viên trong danh sách: người sáng tạo nội dung, influencer, KOL và KOC mẫu. Thêm ứng viên của bạn (Sửa &gt; Thêm ứng viên…) hoặc nhập từ bảng tính (Tệp &gt; Nhập danh sách ứng viên…).</translation>
    </message>
    <message>
        <source>Make a campaign with Campaign &gt; New Campaign…: its goal, budget, niches and regions.</source>
        <translation>Tạo chiến dịch bằng Chiến dịch &gt; Chiến dịch mới…: mục tiêu, ngân sách, ngách và khu vực.</translation>
    </message>
    <message>
        <source>Press “Suggest Shortlist…” for the candidates that bring the most for the budget, or add them yourself; the charts beside the shortlist compare them.</source>
        <translation>Nhấn “Gợi ý danh sách rút gọn…” để có những ứng viên mang lại nhiều nhất cho ngân sách, hoặc tự thêm; các biểu đồ bên cạnh danh sách rút gọn sẽ so sánh họ.</translation>
    </message>
    <message>
        <source>Three steps to a first plan:</source>
        <translation>Ba bước để có kế hoạch đầu tiên:</translation>
    </message>
    <message>
        <source>Not sure how a KOL differs from an influencer? The Guide explains the kinds, tiers and goals (Help &gt; Guide).</source>
        <translation>Chưa rõ KOL khác influencer thế nào? Phần Hướng dẫn giải thích các loại, hạng và mục tiêu (Trợ giúp &gt; Hướng dẫn).</translation>
    </message>
    <message>
        <source>Open the &amp;Guide</source>
        <translation>Mở &amp;Hướng dẫn</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
</context>
</TS>
