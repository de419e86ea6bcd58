<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="80"/>
        <source>All grassroots unions</source>
        <translation>Tất cả CĐCS</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="82"/>
        <source>Upper-level unions</source>
        <translation>Công đoàn cấp trên cơ sở</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="85"/>
        <source>%1 unit(s): %2</source>
        <translation>%1 đơn vị: %2</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="89"/>
        <source>All enterprises</source>
        <translation>Khối doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="142"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="143"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="144"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="145"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="189"/>
        <source>Add a row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="195"/>
        <source>Remove a row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="202"/>
        <source>Move a row</source>
        <translation>Chuyển dòng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="230"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="239"/>
        <source>Change the level</source>
        <translation>Đổi cấp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="234"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="248"/>
        <source>Make it an activity</source>
        <translation>Đưa vào hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="237"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="238"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="241"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="242"/>
        <source>Edit the text</source>
        <translation>Sửa nội dung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="243"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="244"/>
        <source>Bold</source>
        <translation>In đậm</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="243"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="253"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="246"/>
        <source>Indent</source>
        <translation>Thụt vào</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="247"/>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="250"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="251"/>
        <source>Add a line</source>
        <translation>Thêm đoạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="253"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="275"/>
        <source>Change when</source>
        <translation>Sửa thời gian</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="278"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="337"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="496"/>
        <source>Change the scope</source>
        <translation>Sửa phạm vi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="282"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="284"/>
        <source>Edit an activity</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="285"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="286"/>
        <source>Months</source>
        <translation>Các tháng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="287"/>
        <source>Lead department</source>
        <translation>Ban chủ trì</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="288"/>
        <source>Lead</source>
        <translation>Ban chủ trì</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="289"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="292"/>
        <source>Partners</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="293"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="353"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="295"/>
        <source>Expected output</source>
        <translation>Kết quả dự kiến</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="296"/>
        <source>Output</source>
        <translation>Kết quả dự kiến</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="297"/>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="298"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="360"/>
        <source>Choose units…</source>
        <translation>Chọn đơn vị…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="334"/>
        <source>Choose the indicator</source>
        <translation>Chọn chỉ số đo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="342"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="343"/>
        <source>Edit a target</source>
        <translation>Sửa chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="344"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="346"/>
        <source>Shape</source>
        <translation>Dạng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="348"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="349"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="350"/>
        <source>Share %</source>
        <translation>Tỉ lệ %</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="352"/>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="355"/>
        <source>Measured by</source>
        <translation>Đo bằng chỉ số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="357"/>
        <source>Share of</source>
        <translation>Tính trên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="359"/>
        <source>New target</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="384"/>
        <source>Send a plan</source>
        <translation>Gửi kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="384"/>
        <source>Send a report</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="384"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="390"/>
        <source>Change the date</source>
        <translation>Sửa ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="393"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="395"/>
        <source>What is due</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="396"/>
        <source>Edit a deadline</source>
        <translation>Sửa thời hạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="397"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="398"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="400"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="402"/>
        <source>Report form</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="404"/>
        <location filename="../../unionplanner/ui/plans/tables.py" line="405"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="438"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="439"/>
        <source>Edit the basis</source>
        <translation>Sửa căn cứ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="440"/>
        <source>Stored plan of the parent body</source>
        <translation>Kế hoạch cấp trên đã lưu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="442"/>
        <source>Link a plan</source>
        <translation>Liên kết kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="474"/>
        <source>Choose units</source>
        <translation>Chọn đơn vị</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../unionplanner/ui/shell/context.py" line="111"/>
        <source>Restoring</source>
        <extracomment>ask the window to show a page: (page key, what to show there, e.g. (form id, period))</extracomment>
        <translation>Đang khôi phục</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="231"/>
        <source>What will change</source>
        <translation>Những gì sẽ thay đổi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="232"/>
        <source>Untick a replacement to keep the report already stored.</source>
        <translation>Bỏ chọn một dòng thay thế để giữ báo cáo đã lưu.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="236"/>
        <source>Files waiting for you to choose their unit (double-click one to choose it):</source>
        <translation>Tệp đang chờ bạn chọn đơn vị (bấm đúp vào một tệp để chọn):</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="247"/>
        <source>Reports that replace earlier ones:</source>
        <translation>Các báo cáo sẽ thay thế báo cáo đã nhập trước:</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="259"/>
        <source>Period %1, form &quot;%2&quot;.</source>
        <translation>Kỳ %1, mẫu &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="262"/>
        <source>%1 file(s) will be imported (%2 unit reports, %3 values); %4 replace earlier reports.</source>
        <translation>Sẽ nhập %1 tệp (%2 báo cáo đơn vị, %3 giá trị); %4 tệp thay thế báo cáo trước.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="267"/>
        <source>Not imported: %1 already imported, %2 skipped, %3 with errors.</source>
        <translation>Không nhập: %1 tệp đã nhập trước, %2 tệp bỏ qua, %3 tệp có lỗi.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="273"/>
        <source>%1 file(s) wait for you to choose their unit (go back and choose it): nothing of them is imported.</source>
        <translation>%1 tệp đang chờ bạn chọn đơn vị (quay lại bước trước để chọn): chưa nhập gì từ các tệp này.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="283"/>
        <source> (possible units: %1)</source>
        <translation> (có thể là: %1)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="46"/>
        <source>%1 — month %2</source>
        <translation>%1 — tháng %2</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="56"/>
        <source>Why it was not done (needed for “Không thực hiện”)</source>
        <translation>Lý do chưa/không thực hiện (bắt buộc với “Không thực hiện”)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="58"/>
        <source>Done on</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="71"/>
        <source>Attach a file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="72"/>
        <source>Add a link…</source>
        <translation>Thêm đường dẫn…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="83"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="84"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="85"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="87"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="88"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="109"/>
        <source>Write why the activity was not done.</source>
        <translation>Hãy ghi lý do không thực hiện hoạt động.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="127"/>
        <source>Evidence file</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="132"/>
        <source>Add a link</source>
        <translation>Thêm đường dẫn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="132"/>
        <source>Address (http…)</source>
        <translation>Địa chỉ (http…)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/check_dialog.py" line="144"/>
        <source>This file is not on this PC (it was attached on another PC).</source>
        <translation>Tệp này không có trên máy này (nó được đính kèm trên máy khác).</translation>
    </message>
</context>
<context>
    <name>ClosingFields</name>
    <message>
        <location filename="../../unionplanner/ui/plans/fields.py" line="29"/>
        <source>One recipient per line; the last is usually “Lưu: VT.”</source>
        <translation>Mỗi nơi nhận một dòng; dòng cuối thường là “Lưu: VT.”</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/fields.py" line="35"/>
        <source>e.g. KT. CHỦ TỊCH under TM. ỦY BAN NHÂN DÂN (usually empty)</source>
        <translation>ví dụ KT. CHỦ TỊCH dưới TM. ỦY BAN NHÂN DÂN (thường để trống)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/fields.py" line="40"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/fields.py" line="41"/>
        <source>On behalf of</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/fields.py" line="42"/>
        <source>Signing for</source>
        <translation>Ký thay</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/fields.py" line="43"/>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/fields.py" line="44"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="76"/>
        <source>Collect reports</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="77"/>
        <source>From the office&apos;s mailbox</source>
        <translation>Từ hộp thư của văn phòng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="78"/>
        <source>From a folder (Zalo, downloads)</source>
        <translation>Từ một thư mục (Zalo, tệp tải về)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="89"/>
        <source>After importing, send each sender a receipt from the office&apos;s mail account</source>
        <translation>Nhập xong, gửi mỗi người gửi một thư báo đã nhận từ tài khoản thư của văn phòng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="91"/>
        <source>Collect</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="95"/>
        <source>Messages and files since</source>
        <translation>Thư và tệp từ ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="100"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="100"/>
        <source>(no spreadsheet)</source>
        <translation>(không có tệp bảng tính)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="101"/>
        <source>From</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="102"/>
        <source>Arrived</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="104"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="105"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="108"/>
        <source>Nothing collected yet.</source>
        <translation>Chưa nhận gì.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="110"/>
        <source>Import the files…</source>
        <translation>Nhập các tệp…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="114"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="136"/>
        <source>e.g. imap.gmail.com</source>
        <translation>ví dụ imap.gmail.com</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="138"/>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (cổng 993)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="139"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (cổng 143)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="140"/>
        <source>None (a server inside the office only)</source>
        <translation>Không (chỉ máy chủ trong mạng nội bộ cơ quan)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="148"/>
        <source>e.g. congdoanxa@gmail.com</source>
        <translation>ví dụ congdoanxa@gmail.com</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="151"/>
        <source>Keep the password in this PC&apos;s password store</source>
        <translation>Lưu mật khẩu trong kho mật khẩu của máy này</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="155"/>
        <source>(leave the messages where they are)</source>
        <translation>(để thư nguyên chỗ cũ)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="162"/>
        <source>Incoming mail server (IMAP)</source>
        <translation>Máy chủ nhận thư (IMAP)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="163"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="164"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="166"/>
        <source>Mail folder</source>
        <translation>Thư mục thư</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="167"/>
        <source>Afterwards move the messages to</source>
        <translation>Nhận xong, chuyển thư sang</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="173"/>
        <source>e.g. Documents\Zalo Received Files</source>
        <translation>ví dụ Documents\Zalo Received Files</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="174"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="179"/>
        <source>The folder where Zalo PC or the browser saves the files units send. Files seen before are passed over; each file&apos;s own time is its arrival day.</source>
        <translation>Thư mục Zalo PC hoặc trình duyệt lưu các tệp đơn vị gửi. Tệp đã nhận trước đây được bỏ qua; ngày lưu tệp là ngày nhận.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="185"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="190"/>
        <source>The folder of received files</source>
        <translation>Thư mục chứa các tệp nhận được</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="231"/>
        <source>Type the day to collect from, e.g. 01/06/2025.</source>
        <translation>Hãy gõ ngày bắt đầu nhận, ví dụ 01/06/2025.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="269"/>
        <source>Choose the folder Zalo saves received files in.</source>
        <translation>Hãy chọn thư mục Zalo lưu các tệp nhận được.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="276"/>
        <source>Collecting from the folder</source>
        <translation>Đang nhận báo cáo từ thư mục</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="290"/>
        <source>Collecting from the mailbox</source>
        <translation>Đang nhận báo cáo từ hộp thư</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="302"/>
        <source>%1 new message(s) or file(s), %2 collected before; %3 file(s) to import, %4 refused.</source>
        <translation>%1 thư hoặc tệp mới, %2 đã nhận trước đây; %3 tệp để nhập, %4 bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="308"/>
        <source>No new reports.</source>
        <translation>Không có báo cáo mới.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="315"/>
        <source>Import %1 file(s)…</source>
        <translation>Nhập %1 tệp…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="371"/>
        <source>Moving the messages</source>
        <translation>Đang chuyển thư</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/collect.py" line="403"/>
        <source>Send a receipt to %1 sender(s) from %2?</source>
        <translation>Gửi thư báo đã nhận cho %1 người gửi từ địa chỉ %2?</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../unionplanner/ui/shell/date_field.py" line="26"/>
        <source>dd/mm/yyyy — not known yet</source>
        <translation>ngày/tháng/năm — chưa có</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/date_field.py" line="36"/>
        <source>Pick a day</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/date_field.py" line="82"/>
        <source>No date yet: type it (dd/mm/yyyy) or pick a day.</source>
        <translation>Chưa có ngày: gõ ngày/tháng/năm (ví dụ 05/06/2024) hoặc chọn trên lịch.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../unionplanner/ui/startup/demo.py" line="25"/>
        <source>Remove the demo data</source>
        <translation>Xóa dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/demo.py" line="25"/>
        <source>Remove all the demo data — the demo office, its 40 units, plans, report form and imported reports? What your office entered itself stays.</source>
        <translation>Xóa toàn bộ dữ liệu mẫu — cơ quan mẫu, 40 đơn vị, các kế hoạch, mẫu báo cáo và báo cáo đã nhập của nó? Dữ liệu cơ quan tự nhập vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/demo.py" line="42"/>
        <source>Demo data loaded</source>
        <translation>Đang có dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/demo.py" line="43"/>
        <source>The demo office and its 40 units are still here; imported beside them, your units would be counted together with the demo ones. Remove the demo data first?</source>
        <translation>Cơ quan mẫu và 40 đơn vị mẫu vẫn còn; nếu nhập thêm, đơn vị thật sẽ bị tính chung với đơn vị mẫu. Xóa dữ liệu mẫu trước?</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/demo.py" line="64"/>
        <source>Removing the demo data</source>
        <translation>Đang xóa dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>DemoBox</name>
    <message>
        <location filename="../../unionplanner/ui/startup/demo.py" line="71"/>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/demo.py" line="73"/>
        <source>This database holds the demo office (Công đoàn xã Hòa An) with its units, plans and reports. Remove it before entering your office&apos;s real data.</source>
        <translation>Cơ sở dữ liệu này đang chứa cơ quan mẫu (Công đoàn xã Hòa An) cùng các đơn vị, kế hoạch và báo cáo của nó. Hãy xóa trước khi nhập dữ liệu thật của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/demo.py" line="77"/>
        <source>Remove the demo data…</source>
        <translation>Xóa dữ liệu mẫu…</translation>
    </message>
</context>
<context>
    <name>EndUnitDialog</name>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="145"/>
        <source>Dissolve or merge: %1</source>
        <translation>Giải thể hoặc sáp nhập: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="146"/>
        <source>Dissolved</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="147"/>
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="158"/>
        <source>e.g. decision number</source>
        <translation>ví dụ: số quyết định</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="162"/>
        <source>Takes effect on</source>
        <translation>Có hiệu lực từ ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="163"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../unionplanner/ui/shell/errors.py" line="83"/>
        <source>Sorry, something went wrong inside UnionPlanner. Your saved data is safe. The details were written to the log file; please send it to the person who supports the software.</source>
        <extracomment>where each error was last shown (type, file, line → monotonic seconds): the same fault raised again by every repaint or every click is logged, not shown again at once seconds within which the same fault is not shown twice</extracomment>
        <translation>Rất tiếc, UnionPlanner gặp lỗi. Dữ liệu đã lưu vẫn an toàn. Chi tiết lỗi đã được ghi vào tệp nhật ký; hãy gửi tệp này cho người hỗ trợ phần mềm.</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="56"/>
        <source>Choose the report files</source>
        <translation>Chọn các tệp báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="57"/>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods) or CSV files from the grassroots unions. You can also drag files or folders here.</source>
        <translation>Tệp Excel (.xlsx, .xls), LibreOffice (.ods) hoặc CSV do các CĐCS gửi. Có thể kéo thả tệp hoặc thư mục vào đây.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="62"/>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="63"/>
        <source>Add a folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="64"/>
        <source>Remove selected</source>
        <translation>Bỏ tệp đã chọn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="89"/>
        <source>Import reports</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionplanner/ui/received/wizard.py" line="100"/>
        <location filename="../../unionplanner/ui/received/wizard.py" line="117"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tệp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="105"/>
        <source>Add report files</source>
        <translation>Thêm tệp báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="106"/>
        <source>Reports (%1)</source>
        <translation>Báo cáo (%1)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="110"/>
        <source>Add a folder of reports</source>
        <translation>Thêm thư mục báo cáo</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="79"/>
        <source>Report form</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="79"/>
        <source>New report form</source>
        <translation>Mẫu báo cáo mới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="83"/>
        <source>e.g. Tháng Công nhân 2024</source>
        <translation>VD: Tháng Công nhân 2024</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="85"/>
        <source>The heading printed on the form</source>
        <translation>Tiêu đề in trên biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="153"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="87"/>
        <source>One column; for more, e.g. Tổng số; Nữ</source>
        <translation>Một cột; nhiều cột thì ghi vd. Tổng số; Nữ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="88"/>
        <source>The form&apos;s value columns, separated by &quot;;&quot;. The first is the main figure.</source>
        <translation>Các cột số liệu của mẫu, cách nhau bởi dấu &quot;;&quot;. Cột đầu là số chính.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="150"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="154"/>
        <source>Line under the selected indicator</source>
        <translation>Dòng con của chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="155"/>
        <source>Section (I, II…)</source>
        <translation>Mục lớn (I, II…)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="156"/>
        <source>Group in the selected section (1, 2…)</source>
        <translation>Nhóm trong mục đang chọn (1, 2…)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="159"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="160"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="161"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="162"/>
        <source>Delete this form…</source>
        <translation>Xóa mẫu này…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="116"/>
        <source>Name</source>
        <translation>Tên mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="117"/>
        <source>Heading</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="118"/>
        <source>Value columns</source>
        <translation>Cột số liệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="119"/>
        <source>Filled for</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="120"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="129"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="130"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="133"/>
        <source>Double-click a cell to change it. Untick a value column where it does not apply (the printed form shows &quot;x&quot;). &quot;Stock&quot; indicators (such as the number of members) are not added up over months.</source>
        <translation>Bấm đúp vào một ô để sửa. Bỏ dấu ở cột số liệu không áp dụng cho chỉ tiêu (mẫu in ra ghi &quot;x&quot;). Chỉ tiêu &quot;số hiện có&quot; (như tổng số đoàn viên) không cộng dồn qua các tháng.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="197"/>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="198"/>
        <source> (used by imports)</source>
        <translation> (đã dùng để nhập báo cáo)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="224"/>
        <source>An older version, kept for the reports imported with it. It cannot be changed.</source>
        <translation>Phiên bản cũ, được giữ cho các báo cáo đã nhập theo phiên bản này. Không sửa được.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="228"/>
        <source>Reports were imported with version %1: saving a change makes version %2, and those reports keep version %1.</source>
        <translation>Đã có báo cáo nhập theo phiên bản %1: khi lưu thay đổi sẽ tạo phiên bản %2, các báo cáo đó vẫn giữ phiên bản %1.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="289"/>
        <source>Select the indicator the new line belongs to first.</source>
        <translation>Hãy chọn trước chỉ tiêu mà dòng mới thuộc về.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="325"/>
        <source>Remove &quot;%1&quot; and the lines under it?</source>
        <translation>Xóa &quot;%1&quot; cùng các dòng con của nó?</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/editor.py" line="381"/>
        <source>Delete the form &quot;%1&quot;? This cannot be undone.</source>
        <translation>Xóa mẫu &quot;%1&quot;? Không thể hoàn tác việc này.</translation>
    </message>
</context>
<context>
    <name>FormPeriodPage</name>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="138"/>
        <source>Report form and period</source>
        <translation>Mẫu báo cáo và kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="139"/>
        <source>The files are read against the indicators of this form; the values are stored for this period.</source>
        <translation>Các tệp được đối chiếu với chỉ tiêu của mẫu này; số liệu được lưu vào kỳ này.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="143"/>
        <source>There is no report form yet. Close the wizard and use &quot;Import a form from Excel…&quot; first.</source>
        <translation>Chưa có mẫu báo cáo nào. Hãy đóng trình nhập và dùng &quot;Nhập mẫu từ Excel…&quot; trước.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="150"/>
        <source>Report form</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="151"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="178"/>
        <source>Reading the period the files state</source>
        <translation>Đang đọc kỳ báo cáo ghi trong các tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="187"/>
        <source>The files state different periods — %1. Check them and import each period on its own.</source>
        <translation>Các tệp ghi những kỳ báo cáo khác nhau — %1. Hãy kiểm tra lại và nhập riêng từng kỳ.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="193"/>
        <source>Period chosen from the files: %1 (%2 of %3 files state it).</source>
        <translation>Đã chọn kỳ theo các tệp: %1 (%2 của %3 tệp ghi như vậy).</translation>
    </message>
</context>
<context>
    <name>FormTreeModel</name>
    <message>
        <location filename="../../unionplanner/ui/report_forms/tree_model.py" line="43"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/tree_model.py" line="44"/>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/tree_model.py" line="45"/>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/tree_model.py" line="46"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/tree_model.py" line="47"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/tree_model.py" line="88"/>
        <source>Section</source>
        <translation>Mục lớn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/tree_model.py" line="90"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/tree_model.py" line="102"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../unionplanner/ui/shell/help.py" line="56"/>
        <source>User guide</source>
        <extracomment>page key (:data:`unionplanner.ui.shell.pages.PAGES`) → the guide&apos;s part for it the PDF copy&apos;s file name beside the program</extracomment>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/help.py" line="62"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="51"/>
        <source>Check what was read from %1</source>
        <translation>Kiểm tra nội dung đọc từ %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="75"/>
        <source>Take the targets of this paragraph</source>
        <translation>Lấy chỉ tiêu từ đoạn này</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="77"/>
        <source>Adds the quantified targets written in the selected paragraph (or the paragraph itself as a target) to the Targets tab. A target read by mistake is removed there with Remove.</source>
        <translation>Thêm vào thẻ Chỉ tiêu các chỉ tiêu có số liệu ghi trong đoạn đang chọn (hoặc chính đoạn đó làm một chỉ tiêu). Chỉ tiêu đọc nhầm thì bỏ ở thẻ đó bằng nút Xóa.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="87"/>
        <source>The document as read</source>
        <translation>Văn bản đã đọc</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="91"/>
        <source>Text read (OCR)</source>
        <translation>Chữ đã nhận dạng (OCR)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="92"/>
        <source>Scanned pages (%1)</source>
        <translation>Trang quét (%1)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="100"/>
        <source>Nothing is stored yet. Click a line, an activity, a target or a deadline to see the paragraph it was read from; correct what is wrong, then save.</source>
        <translation>Chưa lưu gì. Bấm vào một dòng, hoạt động, chỉ tiêu hoặc thời hạn để xem đoạn văn bản gốc; sửa chỗ chưa đúng rồi lưu.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="106"/>
        <source>Save as the parent body&apos;s plan</source>
        <translation>Lưu làm kế hoạch của cấp trên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="109"/>
        <source>Save and draft our plan implementing it</source>
        <translation>Lưu và soạn kế hoạch triển khai</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="111"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="148"/>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="190"/>
        <source>Add a target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="195"/>
        <source>%1 target(s) added from this paragraph.</source>
        <translation>Đã thêm %1 chỉ tiêu từ đoạn này.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/import_review.py" line="197"/>
        <source>The targets of this paragraph are already in the list.</source>
        <translation>Các chỉ tiêu của đoạn này đã có trong danh sách.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="414"/>
        <location filename="../../unionplanner/ui/received/wizard.py" line="446"/>
        <source>Import reports</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="428"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="429"/>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="430"/>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="431"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="432"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="447"/>
        <source>Close without importing? What you changed for %1 file(s) (arrival days, units, corrections) will be lost.</source>
        <translation>Đóng mà không nhập? Những gì đã chỉnh cho %1 tệp (ngày nhận, đơn vị, số liệu sửa) sẽ mất.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../unionplanner/ui/shell/labels.py" line="13"/>
        <source>Dissolved</source>
        <translation>Đã giải thể</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/labels.py" line="14"/>
        <source>Merged</source>
        <translation>Đã sáp nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/labels.py" line="17"/>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/labels.py" line="18"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/labels.py" line="19"/>
        <source>Before upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/labels.py" line="20"/>
        <source>Before restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="89"/>
        <source>Opening data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="35"/>
        <source>Mail account</source>
        <translation>Tài khoản thư</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="39"/>
        <source>e.g. smtp.gmail.com</source>
        <translation>ví dụ smtp.gmail.com</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="41"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (cổng 465)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="42"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (cổng 587)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="43"/>
        <source>None (a server inside the office only)</source>
        <translation>Không (chỉ máy chủ trong mạng nội bộ cơ quan)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="51"/>
        <source>e.g. congdoanxa@gmail.com</source>
        <translation>ví dụ congdoanxa@gmail.com</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="53"/>
        <source>the same as the user name when empty</source>
        <translation>để trống nếu trùng tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="57"/>
        <source>kept in this PC&apos;s password store</source>
        <translation>được cất trong kho mật khẩu của máy này</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="59"/>
        <source>Reminders to the units that have not reported are sent from this account, one message to each unit. Gmail and Outlook need an &quot;app password&quot; made in the account&apos;s security page.</source>
        <translation>Thư nhắc các đơn vị chưa nộp báo cáo được gửi từ tài khoản này, mỗi đơn vị một thư. Gmail và Outlook cần &quot;mật khẩu ứng dụng&quot; tạo trong trang bảo mật của tài khoản.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="63"/>
        <source>Send a test message to myself</source>
        <translation>Gửi thử một thư cho chính mình</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="66"/>
        <source>Mail server (SMTP)</source>
        <translation>Máy chủ gửi thư (SMTP)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="67"/>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="68"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="69"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="70"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="71"/>
        <source>Sender address</source>
        <translation>Địa chỉ gửi đi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="72"/>
        <source>Sender name</source>
        <translation>Tên người gửi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="118"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="122"/>
        <source>Sent. Look for it in the inbox of %1.</source>
        <translation>Đã gửi. Hãy xem hộp thư đến của %1.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="132"/>
        <source>UnionPlanner: test message</source>
        <translation>UnionPlanner: thư thử</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="133"/>
        <source>This message was sent by UnionPlanner to check the mail account.</source>
        <translation>Thư này do UnionPlanner gửi để kiểm tra tài khoản thư.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="137"/>
        <source>Sending a test message</source>
        <translation>Đang gửi thư thử</translation>
    </message>
</context>
<context>
    <name>MailBox</name>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="170"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="174"/>
        <source>Mail account…</source>
        <translation>Tài khoản thư…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="190"/>
        <source>No mail account yet: reminders to units can be copied or opened in the mail program; with the office&apos;s account they are sent from here.</source>
        <translation>Chưa có tài khoản thư: thư nhắc đơn vị chỉ sao chép được hoặc mở trong chương trình thư; khi có tài khoản thư của cơ quan, thư được gửi thẳng từ đây.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/mail_dialog.py" line="193"/>
        <source>Reminders are sent from %1 (%2:%3).</source>
        <translation>Thư nhắc được gửi từ %1 (%2:%3).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="153"/>
        <source>Data: %1</source>
        <translation>Dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="155"/>
        <source>read-only (open in another window)</source>
        <translation>chỉ đọc (đang mở ở cửa sổ khác)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="168"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="178"/>
        <source>&amp;Pages</source>
        <translation>&amp;Trang</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="186"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn cho trang này</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="189"/>
        <source>User guide from the &amp;start</source>
        <translation>Hướng dẫn sử dụng (&amp;toàn bộ)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="194"/>
        <source>&amp;About UnionPlanner</source>
        <translation>&amp;Giới thiệu UnionPlanner</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="196"/>
        <source>UnionPlanner %1 — plans, monthly tracking and report summaries for union offices.</source>
        <translation>UnionPlanner %1 — lập kế hoạch, theo dõi hằng tháng và tổng hợp báo cáo cho công đoàn cấp trên trực tiếp cơ sở.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="268"/>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/main_window.py" line="281"/>
        <source>Still working: %1. Stop it and close the program?</source>
        <translation>Chương trình đang làm: %1. Dừng lại và đóng chương trình? (Việc dở dang không được ghi.)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="47"/>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="59"/>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="60"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../unionplanner/ui/office/number.py" line="38"/>
        <source>Outgoing documents register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/number.py" line="43"/>
        <source>Enter it in the register now (give it its number for signing)</source>
        <translation>Vào sổ văn bản đi ngay (cấp số để trình ký)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/number.py" line="63"/>
        <source>Kind</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/number.py" line="64"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/number.py" line="65"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/number.py" line="66"/>
        <source>Summary (trích yếu)</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/number.py" line="67"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../unionplanner/ui/shell/numbers.py" line="46"/>
        <source>This field takes a number only (for example 1.250 or 81,3); the letter typed was not taken.</source>
        <translation>Ô này chỉ nhận số (ví dụ 1.250 hoặc 81,3); chữ vừa gõ không được nhận.</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="45"/>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="50"/>
        <source>Number a document…</source>
        <translation>Vào sổ một văn bản…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="54"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="55"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="57"/>
        <source>Kind</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="58"/>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="59"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="60"/>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="67"/>
        <source>Reports get their number here when they are saved or printed for signing (tick &quot;Enter it in the register&quot;); plans keep the number given on the Plans page.</source>
        <translation>Báo cáo được cấp số ở đây khi lưu hoặc in để trình ký (đánh dấu &quot;Vào sổ văn bản đi&quot;); kế hoạch giữ số đã ghi ở trang Kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="73"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="100"/>
        <source>Plans page</source>
        <translation>Trang Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/office/page.py" line="112"/>
        <source>Number a document</source>
        <translation>Vào sổ một văn bản</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="50"/>
        <source>grassroots unions active</source>
        <translation>công đoàn cơ sở đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="51"/>
        <source>union members</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="52"/>
        <source>workers (CNVCLĐ)</source>
        <translation>CNVCLĐ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="57"/>
        <source>Sector</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="58"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="60"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="62"/>
        <source>Workers</source>
        <translation>CNVCLĐ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="76"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="77"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="78"/>
        <source>Department</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="79"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="79"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="82"/>
        <location filename="../../unionplanner/ui/overview/page.py" line="90"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="86"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="87"/>
        <source>What is due</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="88"/>
        <source>Reported</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="93"/>
        <source>Show who has not reported</source>
        <translation>Xem đơn vị chưa nộp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="149"/>
        <source>This month (%1)</source>
        <translation>Tháng này (%1)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="152"/>
        <source>%1 activities due this month, %2 next month, %3 late month(s).</source>
        <translation>%1 hoạt động đến hạn trong tháng này, %2 hoạt động tháng sau, %3 tháng trễ hạn.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="102"/>
        <source>By sector</source>
        <translation>Theo khu vực</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="107"/>
        <source>Units&apos; deadlines</source>
        <translation>Thời hạn của các CĐCS</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="129"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/overview/page.py" line="130"/>
        <source>Today is %1</source>
        <translation>Hôm nay: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../unionplanner/ui/shell/pages.py" line="80"/>
        <location filename="../../unionplanner/ui/startup/selftest.py" line="50"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/pages.py" line="81"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/pages.py" line="82"/>
        <source>Activity tracking</source>
        <translation>Theo dõi hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/pages.py" line="83"/>
        <source>Grassroots reports</source>
        <translation>Báo cáo CĐCS</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/pages.py" line="84"/>
        <source>Summary reports</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/pages.py" line="85"/>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/pages.py" line="86"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/pages.py" line="87"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../unionplanner/ui/shell/period_picker.py" line="79"/>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/period_picker.py" line="82"/>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/period_picker.py" line="85"/>
        <source>First half (to 31/5)</source>
        <translation>6 tháng đầu năm (đến 31/5)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/period_picker.py" line="86"/>
        <source>Second half (to 30/11)</source>
        <translation>6 tháng cuối năm (đến 30/11)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="90"/>
        <source>← Plan list</source>
        <extracomment>the plan should be shown afresh (another person saved it; the user chose theirs) the plan&apos;s updated_at as this editor knows it (see _load)</extracomment>
        <translation>← Danh sách kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="93"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="94"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="124"/>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="125"/>
        <source>Amend</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="126"/>
        <source>Close the plan</source>
        <translation>Kết thúc kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="127"/>
        <source>Print to PDF…</source>
        <translation>In ra PDF…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="128"/>
        <source>Export to Word…</source>
        <translation>Xuất ra Word…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="129"/>
        <source>Save as template…</source>
        <translation>Lưu làm mẫu…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="141"/>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="147"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="148"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="149"/>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="150"/>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="151"/>
        <source>Recipients and signature</source>
        <translation>Nơi nhận và chữ ký</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="154"/>
        <source>Revisions</source>
        <translation>Các lần điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="200"/>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="210"/>
        <location filename="../../unionplanner/ui/plans/editor.py" line="228"/>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="212"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="214"/>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="215"/>
        <location filename="../../unionplanner/ui/plans/editor.py" line="230"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="216"/>
        <location filename="../../unionplanner/ui/plans/editor.py" line="231"/>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="218"/>
        <location filename="../../unionplanner/ui/plans/editor.py" line="232"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="220"/>
        <location filename="../../unionplanner/ui/plans/editor.py" line="233"/>
        <source>Parent body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="222"/>
        <location filename="../../unionplanner/ui/plans/editor.py" line="234"/>
        <source>Title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="229"/>
        <source>Number / symbol</source>
        <translation>Số / ký hiệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="235"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="277"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="253"/>
        <source>Print the selected revision…</source>
        <translation>In lần điều chỉnh đã chọn…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="257"/>
        <source>Each change made after the plan was issued keeps the text as it was before.</source>
        <translation>Mỗi lần sửa sau khi ban hành, nội dung trước đó được lưu lại ở đây.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="286"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="297"/>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="298"/>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="299"/>
        <source>, revision %1</source>
        <translation>, điều chỉnh lần %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="348"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="378"/>
        <source>Overwrite it with your version? (No: close and open the plan again to see theirs; your unsaved changes are dropped.)</source>
        <translation>Ghi đè bằng bản của bạn? (Không: mở lại kế hoạch để xem bản của người kia; những thay đổi chưa lưu của bạn sẽ bỏ đi.)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="388"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="396"/>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="377"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="413"/>
        <source>Amending: the issued text is kept as a revision when you change something.</source>
        <translation>Đang điều chỉnh: khi sửa, nội dung đã ban hành được lưu thành một lần điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="428"/>
        <source>Revision %1 (replaced on %2)</source>
        <translation>Lần %1 (thay ngày %2)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="446"/>
        <location filename="../../unionplanner/ui/plans/editor.py" line="454"/>
        <source>Save the plan</source>
        <translation>Lưu kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="447"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="447"/>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="472"/>
        <location filename="../../unionplanner/ui/plans/editor.py" line="479"/>
        <source>Save as template</source>
        <translation>Lưu làm mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="473"/>
        <source>Template name</source>
        <translation>Tên mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/editor.py" line="481"/>
        <source>Saved as template “%1”.</source>
        <translation>Đã lưu làm mẫu “%1”.</translation>
    </message>
</context>
<context>
    <name>PlanIssuing</name>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="29"/>
        <source>(no signer)</source>
        <translation>(chưa có người ký)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="31"/>
        <source>(no date)</source>
        <translation>(chưa có ngày)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="34"/>
        <source>Issue this plan? The number, date and signer below are then fixed; later changes are kept as amendments.</source>
        <translation>Ban hành kế hoạch này? Số, ngày và người ký dưới đây sẽ được cố định; các sửa đổi sau đó được lưu thành lần điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="36"/>
        <source>Number: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="37"/>
        <source>Date: %1</source>
        <translation>Ngày ban hành: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="38"/>
        <source>Signed by: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="40"/>
        <source>Warning: %1 activity-month(s) are already past on issuing (months before %2). Check the months of the activities if the plan was made from an older text.</source>
        <translation>Lưu ý: có %1 tháng thực hiện của các hoạt động đã qua ngay khi ban hành (các tháng trước %2). Hãy kiểm tra lại thời gian thực hiện các hoạt động nếu kế hoạch được soạn từ văn bản cũ.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="62"/>
        <source>Issue the plan</source>
        <translation>Ban hành kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="65"/>
        <source>Close the plan</source>
        <translation>Kết thúc kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="65"/>
        <source>Mark this plan as finished? It can no longer be changed.</source>
        <translation>Đánh dấu kế hoạch này đã kết thúc? Sau đó không sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/issuing.py" line="75"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
</context>
<context>
    <name>PlanTables</name>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="50"/>
        <source>Part (I.)</source>
        <translation>Phần (I.)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="51"/>
        <source>Clause (1.)</source>
        <translation>Mục (1.)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="52"/>
        <source>Sub-clause (1.1.)</source>
        <translation>Tiểu mục (1.1.)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="53"/>
        <source>Point (a)</source>
        <translation>Điểm (a)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="54"/>
        <source>Bullet (-)</source>
        <translation>Gạch đầu dòng (-)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="55"/>
        <source>Sub-bullet (+)</source>
        <translation>Dấu cộng (+)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/tables.py" line="56"/>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="71"/>
        <source>Search by title or number</source>
        <translation>Tìm theo tên hoặc số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="76"/>
        <source>The office&apos;s plans</source>
        <translation>Kế hoạch của cơ quan</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="77"/>
        <source>Parent bodies&apos; plans</source>
        <translation>Kế hoạch của cấp trên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="80"/>
        <location filename="../../unionplanner/ui/plans/page.py" line="121"/>
        <location filename="../../unionplanner/ui/plans/page.py" line="351"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="81"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="83"/>
        <source>Title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="84"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="85"/>
        <source> (revision %1)</source>
        <translation> (điều chỉnh lần %1)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="87"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="89"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="91"/>
        <source>Implemented by</source>
        <translation>Kế hoạch triển khai</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="100"/>
        <source>New from a template…</source>
        <translation>Tạo từ mẫu…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="102"/>
        <source>Read the parent body&apos;s plan…</source>
        <translation>Đọc kế hoạch cấp trên…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="103"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="104"/>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="105"/>
        <source>Copy to another year…</source>
        <translation>Chép sang năm khác…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="106"/>
        <location filename="../../unionplanner/ui/plans/page.py" line="362"/>
        <location filename="../../unionplanner/ui/plans/page.py" line="369"/>
        <source>Delete draft</source>
        <translation>Xóa dự thảo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="107"/>
        <source>Draft our plan implementing it…</source>
        <translation>Soạn kế hoạch triển khai…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="116"/>
        <location filename="../../unionplanner/ui/plans/page.py" line="195"/>
        <location filename="../../unionplanner/ui/plans/page.py" line="211"/>
        <location filename="../../unionplanner/ui/plans/page.py" line="341"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="166"/>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="196"/>
        <source>Saved “%1” in the list of the parent bodies&apos; plans (this page, “Parent bodies&apos; plans”). Choose it there and press “Draft our plan implementing it…” when the office is ready to implement it.</source>
        <translation>Đã lưu “%1” vào danh sách Kế hoạch của cấp trên (trang này, mục “Kế hoạch của cấp trên”). Khi cơ quan triển khai, chọn kế hoạch đó rồi bấm “Soạn kế hoạch triển khai…”.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="298"/>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="306"/>
        <source>The parent body&apos;s plan</source>
        <translation>Kế hoạch của cấp trên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="307"/>
        <source>Documents (*.docx *.doc *.pdf *.txt)</source>
        <translation>Văn bản (*.docx *.doc *.pdf *.txt)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="319"/>
        <source>Reading the document</source>
        <translation>Đang đọc văn bản</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="351"/>
        <source>Copy to another year</source>
        <translation>Chép sang năm khác</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/plans/page.py" line="363"/>
        <source>Delete the draft “%1”?</source>
        <translation>Xóa dự thảo “%1”?</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="84"/>
        <source>Check each file</source>
        <translation>Kiểm tra từng tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="85"/>
        <source>Nothing is stored yet. Green cells are the values read, blue the table&apos;s header, red the cells with a problem.</source>
        <translation>Chưa ghi gì vào dữ liệu. Ô xanh lá là số liệu đọc được, ô xanh lam là tiêu đề bảng, ô đỏ là ô có lỗi.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="92"/>
        <source>New unit…</source>
        <translation>Thêm đơn vị mới…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="93"/>
        <source>The unit is not in the list yet: add it (as on the Units page) and import this file for it.</source>
        <translation>Đơn vị chưa có trong danh sách: thêm đơn vị (như ở trang Đơn vị) và nhập tệp này cho đơn vị đó.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="97"/>
        <source>Do not import this file</source>
        <translation>Không nhập tệp này</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="99"/>
        <source>The figures are of the period being imported</source>
        <translation>Số liệu là của kỳ đang nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="100"/>
        <source>The file states another period (often a heading left from an old copy). Tick only if you are sure its figures are of the period being imported.</source>
        <translation>Tệp ghi một kỳ báo cáo khác (thường là dòng tiêu đề còn sót từ bản cũ). Chỉ đánh dấu khi chắc chắn số liệu trong tệp là của kỳ đang nhập.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="110"/>
        <source>The day the file reached the office (at first the file&apos;s own date, as saved from the e-mail): it decides whether the report was on time.</source>
        <translation>Ngày tệp đến cơ quan (ban đầu là ngày của chính tệp, khi lưu từ thư điện tử): căn cứ để tính báo cáo đúng hạn hay trễ hạn.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="114"/>
        <source>Same day for every file</source>
        <translation>Cùng ngày cho mọi tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="129"/>
        <source>Arrived on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="154"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="155"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="158"/>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="159"/>
        <source>Row in the file</source>
        <translation>Dòng trong tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="165"/>
        <source>Row or column in the file</source>
        <translation>Dòng/cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="168"/>
        <source>Indicator of the form</source>
        <translation>Chỉ tiêu của mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="182"/>
        <source>Values</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="183"/>
        <source>The sheet</source>
        <translation>Bảng trong tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="184"/>
        <source>Rows ↔ indicators</source>
        <translation>Ghép dòng ↔ chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="185"/>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionplanner/ui/received/preview.py" line="249"/>
        <source>Imported without %n column(s) of the form: not complete</source>
        <translation>
            <numerusform>Sẽ nhập nhưng thiếu %n cột của mẫu: báo cáo chưa đủ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="452"/>
        <source>Only the main figure can be corrected here; correct this one in the file and read it again.</source>
        <translation>Ở đây chỉ sửa được số liệu chính; hãy sửa số này trong tệp rồi đọc lại.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="123"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="124"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="215"/>
        <source>Reading the files</source>
        <translation>Đang đọc các tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="242"/>
        <source>Will be imported</source>
        <translation>Sẽ được nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="243"/>
        <source>Replaces an earlier report</source>
        <translation>Thay thế báo cáo đã nhập trước</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="244"/>
        <source>Already imported: skipped</source>
        <translation>Đã nhập trước đây: bỏ qua</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="245"/>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="246"/>
        <source>Cannot be imported</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="247"/>
        <source>Choose the unit: not imported until you do</source>
        <translation>Hãy chọn đơn vị: chưa nhập cho đến khi bạn chọn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="295"/>
        <source>Problems (%1)</source>
        <translation>Vấn đề (%1)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="306"/>
        <source>(choose the unit)</source>
        <translation>(chọn đơn vị)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionplanner/ui/received/preview.py" line="314"/>
        <source>%n unit(s) on this sheet</source>
        <translation>
            <numerusform>%n đơn vị trong bảng này</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="342"/>
        <source>(not on the form: ignore)</source>
        <translation>(không có trong mẫu: bỏ qua)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="399"/>
        <source>New unit</source>
        <translation>Thêm đơn vị mới</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/preview.py" line="451"/>
        <location filename="../../unionplanner/ui/received/preview.py" line="457"/>
        <source>Import reports</source>
        <translation>Nhập báo cáo</translation>
    </message>
</context>
<context>
    <name>QWizardPage</name>
    <message>
        <location filename="../../unionplanner/ui/received/sheet_model.py" line="27"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/sheet_model.py" line="29"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/sheet_model.py" line="40"/>
        <source>(formula, no result)</source>
        <translation>(công thức, chưa có kết quả)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/sheet_model.py" line="42"/>
        <source>(formula from another file)</source>
        <translation>(công thức lấy từ tệp khác)</translation>
    </message>
</context>
<context>
    <name>ReceivedPage</name>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="47"/>
        <source>Grassroots reports</source>
        <translation>Báo cáo CĐCS</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="49"/>
        <source>Tip: drag report files or folders onto this page to import them.</source>
        <translation>Mẹo: kéo thả tệp hoặc thư mục báo cáo vào trang này để nhập.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="53"/>
        <location filename="../../unionplanner/ui/received/page.py" line="144"/>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="93"/>
        <source>Import reports…</source>
        <translation>Nhập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="101"/>
        <source>Report forms</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="104"/>
        <source>Import a form from Excel…</source>
        <translation>Nhập mẫu từ Excel…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="105"/>
        <source>New form…</source>
        <translation>Tạo mẫu mới…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="106"/>
        <source>Edit the selected form…</source>
        <translation>Sửa mẫu đang chọn…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="108"/>
        <source>Make forms for the units…</source>
        <translation>Tạo biểu mẫu gửi đơn vị…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="114"/>
        <location filename="../../unionplanner/ui/received/page.py" line="133"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="115"/>
        <location filename="../../unionplanner/ui/received/page.py" line="134"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="116"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="118"/>
        <source>Arrived</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="120"/>
        <source>The day the file reached the office. Double-click to correct it (e.g. the e-mail&apos;s date).</source>
        <translation>Ngày tệp đến cơ quan. Bấm đúp để sửa (ví dụ theo ngày của thư điện tử).</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="125"/>
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="127"/>
        <location filename="../../unionplanner/ui/received/page.py" line="147"/>
        <source>By</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="128"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="129"/>
        <location filename="../../unionplanner/ui/received/page.py" line="140"/>
        <source>Import no.</source>
        <translation>Lần nhập số</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="135"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="136"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="137"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="61"/>
        <location filename="../../unionplanner/ui/received/page.py" line="142"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="96"/>
        <source>Collect from the mailbox…</source>
        <translation>Nhận từ hộp thư…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="98"/>
        <source>Collect the returns units sent by e-mail (or saved by Zalo in a folder), each dated by its message, then import them.</source>
        <translation>Nhận các báo cáo đơn vị gửi qua thư điện tử (hoặc Zalo đã lưu vào một thư mục), mỗi tệp ghi ngày nhận theo thư, rồi nhập.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="123"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="145"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="148"/>
        <source>Files</source>
        <translation>Số tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="149"/>
        <source>Undone</source>
        <translation>Đã hoàn tác</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="149"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="156"/>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="157"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="158"/>
        <source>Write a reminder…</source>
        <translation>Soạn tin nhắc nộp…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="159"/>
        <source>Undo the selected import…</source>
        <translation>Hoàn tác lần nhập đã chọn…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="180"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="181"/>
        <location filename="../../unionplanner/ui/received/page.py" line="240"/>
        <source>Not reported</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="182"/>
        <source>Imports</source>
        <translation>Các lần nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="184"/>
        <source>Reminders</source>
        <translation>Thư nhắc</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="238"/>
        <source>No report form yet: start with &quot;Import a form from Excel…&quot; (the blank form you sent to the units).</source>
        <translation>Chưa có mẫu báo cáo: hãy bắt đầu bằng &quot;Nhập mẫu từ Excel…&quot; (biểu mẫu trống đã gửi cho các đơn vị).</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="249"/>
        <source>%1 unit(s) reported, %2 not yet.</source>
        <translation>%1 đơn vị đã nộp, %2 đơn vị chưa nộp.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="251"/>
        <source>Not reported (%1)</source>
        <translation>Chưa nộp (%1)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="267"/>
        <location filename="../../unionplanner/ui/received/page.py" line="274"/>
        <source>Arrival day</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="268"/>
        <source>&quot;%1&quot; is not a date. Type it as 05/11/2026.</source>
        <translation>&quot;%1&quot; không phải một ngày. Hãy gõ dạng 05/11/2026.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="330"/>
        <source>The blank form you sent to the units</source>
        <translation>Biểu mẫu trống đã gửi cho các đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="331"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods)</source>
        <translation>Bảng tính (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="343"/>
        <source>Reading the form</source>
        <translation>Đang đọc biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="349"/>
        <source>Form already here</source>
        <translation>Mẫu đã có</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="350"/>
        <source>The form &quot;%1&quot; already asks for the same indicators. Open that form instead of adding a second copy?</source>
        <translation>Mẫu &quot;%1&quot; đã có đúng các chỉ tiêu này. Mở mẫu đã có thay vì thêm một bản thứ hai?</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="378"/>
        <source>Check the indicators read from the template</source>
        <translation>Kiểm tra các chỉ tiêu đọc được từ biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="391"/>
        <source>Folder for the forms</source>
        <translation>Thư mục lưu biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="402"/>
        <source>Forms made</source>
        <translation>Đã tạo biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="403"/>
        <source>%1 form(s) written to %2.</source>
        <translation>Đã tạo %1 biểu mẫu trong %2.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="406"/>
        <source>Making the forms</source>
        <translation>Đang tạo biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="412"/>
        <location filename="../../unionplanner/ui/received/page.py" line="424"/>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="414"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="449"/>
        <source>Units that have not reported — %1</source>
        <translation>Các đơn vị chưa nộp báo cáo — tháng %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="470"/>
        <location filename="../../unionplanner/ui/received/page.py" line="474"/>
        <location filename="../../unionplanner/ui/received/page.py" line="477"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="470"/>
        <source>Select an import first.</source>
        <translation>Hãy chọn một lần nhập trước.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="474"/>
        <source>That import was already undone.</source>
        <translation>Lần nhập này đã được hoàn tác trước đó.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/page.py" line="478"/>
        <source>Take back every report of import number %1? Reports it replaced become current again.</source>
        <translation>Gỡ toàn bộ báo cáo của lần nhập số %1? Các báo cáo bị lần nhập này thay thế sẽ được dùng lại.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="75"/>
        <source>Mail account</source>
        <translation>Tài khoản thư</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="76"/>
        <source>Password of %1:</source>
        <translation>Mật khẩu của %1:</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="80"/>
        <source>Send this reminder to %1 address(es) from %2? Each unit gets its own message.</source>
        <translation>Gửi thư nhắc này tới %1 địa chỉ từ %2? Mỗi đơn vị nhận một thư riêng, chỉ ghi tên đơn vị mình.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="83"/>
        <location filename="../../unionplanner/ui/received/reminder.py" line="89"/>
        <location filename="../../unionplanner/ui/received/reminder.py" line="95"/>
        <location filename="../../unionplanner/ui/received/reminder.py" line="102"/>
        <source>Send reminder</source>
        <translation>Gửi thư nhắc</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="109"/>
        <source>Sending the reminder</source>
        <translation>Đang gửi thư nhắc</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="115"/>
        <source>Sent %1 message(s).</source>
        <translation>Đã gửi %1 thư.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="118"/>
        <source>The server refused:</source>
        <translation>Máy chủ từ chối:</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="122"/>
        <source>Stopped: %1 address(es) not sent. &quot;Send the rest&quot; in the Reminders tab sends them.</source>
        <translation>Đã dừng: %1 thư chưa gửi. Bấm &quot;Gửi tiếp&quot; ở thẻ Thư nhắc để gửi nốt.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="150"/>
        <source>Reminder to units that have not reported</source>
        <translation>Nhắc các đơn vị chưa nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="153"/>
        <source>Edit the text if needed, then copy it into an e-mail, the units&apos; Zalo group or a notice. Sent from the office&apos;s mail account, each unit gets its own letter, addressed to it alone.</source>
        <translation>Sửa nội dung nếu cần, rồi sao chép vào thư điện tử, nhóm Zalo của các đơn vị hoặc thông báo. Khi gửi từ tài khoản thư của cơ quan, mỗi đơn vị nhận một thư riêng, dòng &quot;Kính gửi&quot; chỉ ghi tên đơn vị đó.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="157"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="159"/>
        <source>Open in the mail program</source>
        <translation>Mở trong chương trình thư</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="162"/>
        <location filename="../../unionplanner/ui/received/reminder.py" line="215"/>
        <source>Send from the office&apos;s mail account…</source>
        <translation>Gửi từ tài khoản thư của cơ quan…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="166"/>
        <source>No e-mail address for: %1 (phone or Zalo).</source>
        <translation>Không có địa chỉ thư của: %1 (gọi điện hoặc nhắn Zalo).</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="183"/>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminder.py" line="213"/>
        <source>Send the remaining %1…</source>
        <translation>Gửi tiếp %1 thư còn lại…</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="36"/>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="37"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="41"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="38"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="39"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="40"/>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="44"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="46"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="47"/>
        <source>Address</source>
        <translation>Địa chỉ thư</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="48"/>
        <source>Fate</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="49"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="50"/>
        <source>Server&apos;s answer</source>
        <translation>Trả lời của máy chủ thư</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="56"/>
        <source>No reminder has been sent from the office&apos;s mail account about this form yet (&quot;Write a reminder…&quot; in the Not reported tab).</source>
        <translation>Chưa có thư nhắc nào về mẫu báo cáo này được gửi từ tài khoản thư của cơ quan (bấm &quot;Soạn tin nhắc nộp…&quot; ở thẻ Chưa nộp).</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="60"/>
        <location filename="../../unionplanner/ui/received/reminders.py" line="106"/>
        <source>Send the rest…</source>
        <translation>Gửi tiếp…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="61"/>
        <source>Send the letters of the chosen reminder that have not gone yet; none is sent twice.</source>
        <translation>Gửi những thư của lần nhắc đang chọn chưa được gửi; không thư nào gửi hai lần.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/reminders.py" line="105"/>
        <source>Send the remaining %1…</source>
        <translation>Gửi tiếp %1 thư còn lại…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="325"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="326"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="328"/>
        <location filename="../../unionplanner/ui/received/wizard.py" line="383"/>
        <source>Undo this import</source>
        <translation>Hoàn tác lần nhập này</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="355"/>
        <source>Nothing needed importing.</source>
        <translation>Không có gì cần nhập.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="358"/>
        <source>Import number %1 is done: %2 file(s) imported, %3 replaced earlier reports. The original files are kept in the register.</source>
        <translation>Đã xong lần nhập số %1: nhập %2 tệp, %3 tệp thay thế báo cáo trước. Các tệp gốc được lưu trong sổ theo dõi tệp nhận.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="367"/>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="372"/>
        <source>Importing the reports</source>
        <translation>Đang nhập báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="384"/>
        <source>Take back every report of import number %1? Reports it replaced become current again.</source>
        <translation>Gỡ toàn bộ báo cáo của lần nhập số %1? Các báo cáo bị lần nhập này thay thế sẽ được dùng lại.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/received/wizard.py" line="391"/>
        <source>Import number %1 was undone (%2 report(s) taken back).</source>
        <translation>Đã hoàn tác lần nhập số %1 (gỡ %2 báo cáo).</translation>
    </message>
</context>
<context>
    <name>SavedBar</name>
    <message>
        <location filename="../../unionplanner/ui/shell/saved_bar.py" line="52"/>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/saved_bar.py" line="53"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/saved_bar.py" line="56"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/saved_bar.py" line="71"/>
        <location filename="../../unionplanner/ui/shell/saved_bar.py" line="86"/>
        <source>Saved &quot;%1&quot; in %2.</source>
        <translation>Đã lưu &quot;%1&quot; vào %2.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="63"/>
        <source>Shared server</source>
        <translation>Máy chủ dùng chung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="68"/>
        <source>e.g. 192.168.1.10 or may-chu-cong-doan</source>
        <translation>ví dụ 192.168.1.10 hoặc may-chu-cong-doan</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="77"/>
        <source>Everyone in the office who uses this server sees the same plans, reports and ticks. The data on this PC stays where it is; to move it to the server use &quot;unionplanner db copy&quot; (see the README).</source>
        <translation>Mọi người trong cơ quan dùng máy chủ này cùng thấy một bộ kế hoạch, báo cáo và đánh dấu. Dữ liệu trên máy này vẫn giữ nguyên; muốn chuyển nó lên máy chủ hãy dùng lệnh &quot;unionplanner db copy&quot; (xem README).</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="81"/>
        <source>Test the connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="84"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="85"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="86"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="87"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="88"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="92"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="93"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="114"/>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="137"/>
        <source>Enter the server and the database name.</source>
        <translation>Hãy nhập địa chỉ máy chủ và tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="118"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/server_dialog.py" line="132"/>
        <source>Connecting to the server</source>
        <translation>Đang kết nối máy chủ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="62"/>
        <location filename="../../unionplanner/ui/settings/page.py" line="146"/>
        <location filename="../../unionplanner/ui/settings/page.py" line="148"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="84"/>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="86"/>
        <source>e.g. CÔNG ĐOÀN PHƯỜNG AN HÒA</source>
        <translation>ví dụ: CÔNG ĐOÀN PHƯỜNG AN HÒA</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="88"/>
        <source>e.g. LĐLĐ TỈNH BÌNH ĐỊNH</source>
        <translation>ví dụ: LĐLĐ TỈNH BÌNH ĐỊNH</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="91"/>
        <source>e.g. LĐLĐ (as in 45/KH-LĐLĐ)</source>
        <translation>ví dụ: LĐLĐ (như trong 45/KH-LĐLĐ)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="94"/>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="95"/>
        <source>Parent body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="96"/>
        <source>Place (for dates)</source>
        <translation>Địa danh (ghi ngày tháng)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="97"/>
        <source>Issuer symbol</source>
        <translation>Ký hiệu cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="98"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="101"/>
        <source>Authority (TM./KT.)</source>
        <translation>Thẩm quyền (TM./KT.)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="101"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="101"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="103"/>
        <source>Department</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="103"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="106"/>
        <source>Save office details</source>
        <translation>Lưu thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="110"/>
        <source>Signers</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="111"/>
        <source>Departments</source>
        <translation>Các ban</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="116"/>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="117"/>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="148"/>
        <source>Office details saved.</source>
        <translation>Đã lưu thông tin cơ quan.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="152"/>
        <source>Data and backups</source>
        <translation>Dữ liệu và sao lưu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="159"/>
        <source>Shared server…</source>
        <translation>Máy chủ dùng chung…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="161"/>
        <source>Use the data on this PC</source>
        <translation>Dùng dữ liệu trên máy này</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="166"/>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="171"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="174"/>
        <source>Made</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="176"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="177"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="187"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="188"/>
        <source>Restore selected backup…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="195"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="201"/>
        <source>Keep automatic backups for</source>
        <translation>Giữ bản sao lưu tự động trong</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="219"/>
        <location filename="../../unionplanner/ui/settings/page.py" line="228"/>
        <source>Shared server</source>
        <translation>Máy chủ dùng chung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="220"/>
        <source>From the next start UnionPlanner opens the shared server&apos;s database. Close and reopen the program to use it.</source>
        <translation>Từ lần mở sau, UnionPlanner sẽ mở cơ sở dữ liệu trên máy chủ dùng chung. Hãy đóng rồi mở lại chương trình để dùng.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="229"/>
        <source>From the next start UnionPlanner opens the data on this PC again.</source>
        <translation>Từ lần mở sau, UnionPlanner lại mở dữ liệu trên máy này.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="241"/>
        <source>Backing up</source>
        <translation>Đang sao lưu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="247"/>
        <location filename="../../unionplanner/ui/settings/page.py" line="252"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="248"/>
        <source>Select a backup in the list first.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="253"/>
        <source>Replace all current data with the backup made on %1? The current data is backed up first.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc %1? Dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="261"/>
        <location filename="../../unionplanner/ui/settings/page.py" line="279"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="268"/>
        <source>The program keeps its light colours, also when Windows is set to dark mode, so that text, tables and charts stay readable.</source>
        <translation>Chương trình luôn dùng giao diện sáng, kể cả khi Windows đặt chế độ tối, để chữ, bảng và biểu đồ luôn dễ đọc.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="273"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/settings/page.py" line="280"/>
        <source>The new language is used from the next start.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../unionplanner/ui/startup/dialogs.py" line="15"/>
        <source>UnionPlanner is already open on this database in another window. You can open it read-only here (to look things up) or quit and use the other window.</source>
        <translation>UnionPlanner đang mở cơ sở dữ liệu này ở một cửa sổ khác. Bạn có thể mở ở chế độ chỉ đọc tại đây (để tra cứu) hoặc thoát và dùng cửa sổ kia.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/dialogs.py" line="18"/>
        <source>Open read-only</source>
        <translation>Mở chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/dialogs.py" line="20"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/dialogs.py" line="27"/>
        <source>The database file is damaged and there is no good backup to restore. Please contact the person who supports the software.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng và không có bản sao lưu tốt nào để khôi phục. Hãy liên hệ người hỗ trợ phần mềm.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/dialogs.py" line="35"/>
        <source>Restore that backup now? (The present file is kept in the backups folder first.)</source>
        <translation>Khôi phục bản sao lưu đó ngay bây giờ? (Tệp hiện tại được giữ lại trong thư mục backups trước.)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/dialogs.py" line="43"/>
        <source>The database file is damaged. Restore the latest good backup, made on %1? (The damaged file is kept beside it.)</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Khôi phục bản sao lưu tốt gần nhất (lúc %1)? (Tệp hỏng được giữ lại bên cạnh.)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/opening.py" line="160"/>
        <source>Open the data on this PC instead, this time?</source>
        <extracomment>what went wrong at start-up without stopping it (the daily backup), for the status bar what the opening imports in the background while the window paints &quot;Opening data…&quot;</extracomment>
        <translation>Lần này mở dữ liệu trên máy này thay thế?</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/opening.py" line="178"/>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>Chưa tạo được bản sao lưu tự động hôm nay: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="107"/>
        <source>No comparison</source>
        <translation>Không so sánh</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="108"/>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="109"/>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="326"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="328"/>
        <source>Indicator</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="329"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="330"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="335"/>
        <source>Units reporting</source>
        <translation>Số CĐCS báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="337"/>
        <source>Compared</source>
        <translation>Kỳ so sánh</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="120"/>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="96"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="121"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="122"/>
        <source>Planned</source>
        <translation>Chỉ tiêu đề ra</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="123"/>
        <source>Achieved</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="125"/>
        <source>% of target</source>
        <translation>% so với chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="126"/>
        <source>Verdict</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="127"/>
        <source>Not reported: %1</source>
        <translation>Chưa báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="137"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="138"/>
        <source>Grassroots union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="139"/>
        <source>Sector</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="142"/>
        <source>Open on the Grassroots reports page</source>
        <translation>Mở ở trang Báo cáo CĐCS</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="149"/>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="156"/>
        <source>Achievement against the targets</source>
        <translation>Mức độ đạt chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="158"/>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="165"/>
        <source>Who has reported</source>
        <translation>Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="166"/>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="171"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="173"/>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="174"/>
        <source>Save as Excel…</source>
        <translation>Lưu Excel…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="175"/>
        <source>Save as Word…</source>
        <translation>Lưu Word…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="64"/>
        <source>Summary reports</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="67"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="68"/>
        <source>Form</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="69"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="70"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="75"/>
        <source>Compare with</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="176"/>
        <source>Form 2-HĐCĐ (PDF)…</source>
        <translation>Mẫu 2-HĐCĐ (PDF)…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="178"/>
        <source>The office&apos;s figures as Mẫu số 2-HĐCĐ (QĐ 1454/QĐ-TLĐ), to send to the body above. The Excel workbook has the same sheet (&quot;Gửi cấp trên&quot;).</source>
        <translation>Số liệu của đơn vị theo Mẫu số 2-HĐCĐ (QĐ 1454/QĐ-TLĐ), để gửi cấp trên. Tệp Excel cũng có trang này (&quot;Gửi cấp trên&quot;).</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="197"/>
        <source>(no plan: figures only)</source>
        <translation>(không theo kế hoạch: chỉ số liệu)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="274"/>
        <source>No report form yet: import the blank form on the Grassroots reports page first.</source>
        <translation>Chưa có mẫu báo cáo: hãy nhập biểu mẫu ở trang Báo cáo CĐCS trước.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="290"/>
        <source>%1 of %2 units have reported (%3).</source>
        <translation>%1/%2 CĐCS đã báo cáo (%3).</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="27"/>
        <source>Choose a plan above to see its targets measured against these figures.</source>
        <translation>Hãy chọn một kế hoạch ở trên để xem các chỉ tiêu của kế hoạch được đánh giá theo số liệu này.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="30"/>
        <source>This plan has no targets. Add them on the Plans page (Targets tab) to see them measured here.</source>
        <translation>Kế hoạch này chưa có chỉ tiêu. Hãy thêm ở trang Kế hoạch (thẻ Chỉ tiêu) để xem đánh giá ở đây.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="52"/>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="53"/>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="60"/>
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="54"/>
        <source>Expected: %1 · reported: %2 (%3) · not reported: %4</source>
        <translation>Phải báo cáo: %1 · đã báo cáo: %2 (%3) · chưa báo cáo: %4</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="58"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="59"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="61"/>
        <source> · deadline %1: %2 on time, %3 late</source>
        <translation> · hạn %1: %2 đúng hạn, %3 trễ hạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="90"/>
        <source>A qualitative target is judged met or not on the Activity tracking page (tab Qualitative targets).</source>
        <translation>Chỉ tiêu định tính được đánh giá đạt hay chưa đạt ở trang Theo dõi hoạt động (thẻ Chỉ tiêu định tính).</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="93"/>
        <source>To count it from the reports, open the plan (Plans page), tab Targets, and choose the indicator of this form in the column &quot;Measured by&quot;.</source>
        <translation>Để tính từ báo cáo của CĐCS, hãy mở kế hoạch (trang Kế hoạch), thẻ Chỉ tiêu, rồi chọn chỉ số của mẫu báo cáo này ở cột &quot;Đo bằng chỉ số&quot;.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="99"/>
        <source>Go there</source>
        <translation>Đến đó</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/reporting.py" line="100"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="391"/>
        <source>The preview needs Qt PDF; use “Save as PDF…” to see the report.</source>
        <translation>Cần Qt PDF để xem trước; hãy dùng “Lưu PDF…” để xem báo cáo.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="473"/>
        <location filename="../../unionplanner/ui/summary/page.py" line="474"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="473"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="474"/>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/page.py" line="479"/>
        <location filename="../../unionplanner/ui/summary/page.py" line="489"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../unionplanner/ui/shell/tasks.py" line="137"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/tasks.py" line="139"/>
        <source>Please wait</source>
        <translation>Vui lòng chờ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/tasks.py" line="147"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/shell/tasks.py" line="158"/>
        <source>To close the program, press Cancel first.</source>
        <translation>Muốn đóng chương trình, hãy bấm Hủy trước.</translation>
    </message>
</context>
<context>
    <name>TemplateModel</name>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="155"/>
        <source>Table header</source>
        <translation>Tiêu đề bảng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="183"/>
        <source>Row is</source>
        <translation>Dòng là</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="187"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="196"/>
        <source>(no header)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="199"/>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="201"/>
        <source>an earlier period&apos;s figure</source>
        <translation>số liệu của kỳ trước</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="203"/>
        <source>in units of %1 đồng</source>
        <translation>đơn vị %1 đồng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="206"/>
        <source>Unsure: %1</source>
        <translation>Chưa chắc: %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="207"/>
        <source>Click to change what this column is.</source>
        <translation>Bấm vào để đổi vai trò của cột này.</translation>
    </message>
</context>
<context>
    <name>TemplateReview</name>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="48"/>
        <source>Section heading</source>
        <translation>Tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="49"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="50"/>
        <source>Line under an indicator</source>
        <translation>Dòng chi tiết</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="51"/>
        <source>Of which: women</source>
        <translation>Trong đó: nữ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="52"/>
        <source>Total row</source>
        <translation>Dòng tổng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="53"/>
        <source>Column numbers</source>
        <translation>Hàng số cột</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="54"/>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="68"/>
        <source>Set aside</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="62"/>
        <source>No.</source>
        <translation>Số TT</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="63"/>
        <source>Indicator names</source>
        <translation>Tên chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="64"/>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="65"/>
        <source>Code (not a figure)</source>
        <translation>Mã số (không phải số liệu)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="66"/>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="67"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="219"/>
        <source>Check the table read from the template</source>
        <translation>Kiểm tra bảng đọc được từ mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="235"/>
        <source>This is the table read from the template. Check what each row is (first column) and what each column is (click its header to change it). Yellow cells are where the program is unsure: point at one to see why. Blue: the table header; green: where units write their figures; grey: set aside.</source>
        <translation>Đây là bảng đọc được từ mẫu. Hãy kiểm tra từng dòng là gì (cột đầu tiên) và từng cột là gì (bấm vào tiêu đề cột để đổi). Ô màu vàng là chỗ chương trình chưa chắc: trỏ chuột vào để xem lý do. Xanh dương: tiêu đề bảng; xanh lá: nơi đơn vị ghi số liệu; xám: bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="245"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="246"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/report_forms/template_review.py" line="287"/>
        <source>Cannot make the form</source>
        <translation>Không tạo được mẫu báo cáo</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="154"/>
        <source>All states</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="154"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="155"/>
        <source>Not finished</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="155"/>
        <source>Finished</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="165"/>
        <source>Search activities</source>
        <translation>Tìm hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="184"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="121"/>
        <location filename="../../unionplanner/ui/tracking/page.py" line="184"/>
        <source>Department</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="105"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="105"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="106"/>
        <source>Progress report…</source>
        <translation>Báo cáo tiến độ…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="120"/>
        <location filename="../../unionplanner/ui/tracking/page.py" line="205"/>
        <location filename="../../unionplanner/ui/tracking/progress.py" line="33"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="206"/>
        <source>Qualitative target</source>
        <translation>Chỉ tiêu định tính</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="207"/>
        <location filename="../../unionplanner/ui/tracking/page.py" line="217"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="207"/>
        <location filename="../../unionplanner/ui/tracking/page.py" line="217"/>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="209"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="117"/>
        <location filename="../../unionplanner/ui/tracking/page.py" line="361"/>
        <location filename="../../unionplanner/ui/tracking/page.py" line="371"/>
        <location filename="../../unionplanner/ui/tracking/page.py" line="493"/>
        <source>Activity tracking</source>
        <translation>Theo dõi hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="108"/>
        <source>Click the middle of a shaded month (or press Space) to tick it done; a click near its edge only selects it. Right-click (or keys 1–6) for other states, Enter for notes and evidence, Delete to clear.</source>
        <translation>Bấm vào giữa ô tháng có tô màu (hoặc phím cách) để đánh dấu hoàn thành; bấm gần mép ô chỉ để chọn ô. Bấm chuột phải (hoặc phím 1–6) để chọn tình trạng khác, Enter để ghi chú và minh chứng, Delete để xóa đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="122"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="123"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="124"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="138"/>
        <source>Month grid</source>
        <translation>Lưới theo tháng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="139"/>
        <source>Qualitative targets</source>
        <translation>Chỉ tiêu định tính</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="227"/>
        <source>All plans being tracked</source>
        <translation>Tất cả kế hoạch đang theo dõi</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="229"/>
        <source>All departments</source>
        <translation>Tất cả các ban</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="305"/>
        <source>%1 late</source>
        <translation>%1 trễ hạn</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="317"/>
        <source>No activity of the chosen plans falls in these months or passes these filters. Change the months or the filters above.</source>
        <translation>Không có hoạt động nào của kế hoạch đã chọn nằm trong các tháng này hoặc qua được bộ lọc. Hãy đổi khoảng tháng hoặc bộ lọc ở trên.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="319"/>
        <source>No issued plan yet: issue a plan on the Plans page to track it here.</source>
        <translation>Chưa có kế hoạch nào được ban hành: hãy ban hành kế hoạch ở trang Kế hoạch để theo dõi tại đây.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="362"/>
        <source>Overwrite it with your choice? (No: show what is stored now.)</source>
        <translation>Ghi đè bằng lựa chọn của bạn? (Không: xem nội dung đang lưu.)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="408"/>
        <source>Tick a month</source>
        <translation>Đánh dấu tháng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="432"/>
        <location filename="../../unionplanner/ui/tracking/page.py" line="436"/>
        <source>Clear a month</source>
        <translation>Xóa đánh dấu tháng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionplanner/ui/tracking/page.py" line="433"/>
        <source>Clearing also removes the %n attached evidence item(s). Continue?</source>
        <translation>
            <numerusform>Xóa đánh dấu sẽ xóa cả %n minh chứng đính kèm. Tiếp tục?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="471"/>
        <source>Edit a month</source>
        <translation>Sửa tháng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="482"/>
        <source>Notes and evidence…</source>
        <translation>Ghi chú và minh chứng…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/page.py" line="483"/>
        <source>Clear</source>
        <translation>Xóa đánh dấu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/progress.py" line="29"/>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/tracking/progress.py" line="39"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Sổ làm việc Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="75"/>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="75"/>
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="86"/>
        <source>Founded on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="93"/>
        <source>several separated by ;</source>
        <translation>nhiều địa chỉ cách nhau bằng ;</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="99"/>
        <source>Code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="100"/>
        <source>Name of the grassroots union</source>
        <translation>Tên công đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="101"/>
        <source>Sector</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="102"/>
        <source>Workers (CNVCLĐ)</source>
        <translation>Số CNVCLĐ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="103"/>
        <source>Union members</source>
        <translation>Số đoàn viên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="105"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="106"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="107"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/dialogs.py" line="108"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>UnitsBehind</name>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="51"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="52"/>
        <source>Grassroots union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="53"/>
        <source>Sector</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="55"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="56"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="57"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="57"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="61"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="62"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="63"/>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="68"/>
        <source>Open the original file</source>
        <translation>Mở tệp gốc</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="71"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="75"/>
        <source>Total: %1 from %2 unit(s).</source>
        <translation>Tổng: %1 từ %2 CĐCS.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/summary/units_behind.py" line="87"/>
        <source>The original of this file is not on this PC (it was imported on another PC before files were kept in the shared database).</source>
        <translation>Bản gốc của tệp này không có trên máy này (tệp được nhập trên máy khác, trước khi tệp được lưu vào cơ sở dữ liệu dùng chung).</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="42"/>
        <source>Search by code or name…</source>
        <translation>Tìm theo mã hoặc tên…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="45"/>
        <source>All sectors</source>
        <translation>Tất cả khu vực</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="48"/>
        <source>Show dissolved and merged units</source>
        <translation>Hiện cả đơn vị đã giải thể, sáp nhập</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="49"/>
        <source>Add unit…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="50"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="51"/>
        <location filename="../../unionplanner/ui/units/page.py" line="161"/>
        <source>Dissolve / merge…</source>
        <translation>Giải thể / sáp nhập…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="52"/>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="81"/>
        <source>Grassroots unions</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="109"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="110"/>
        <source>Name</source>
        <translation>Tên công đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="111"/>
        <source>Sector</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="112"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="114"/>
        <source>Workers</source>
        <translation>CNVCLĐ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="116"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="121"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="126"/>
        <source>%1 (active until %2)</source>
        <translation>%1 (hoạt động đến %2)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="143"/>
        <source>%1 units shown · %2 members · %3 workers</source>
        <translation>Đang hiện %1 đơn vị · %2 đoàn viên · %3 CNVCLĐ</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="160"/>
        <source>Reactivate</source>
        <translation>Hoạt động trở lại</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="194"/>
        <source>Import the list of grassroots unions</source>
        <translation>Nhập danh sách công đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="195"/>
        <source>Spreadsheets (%1)</source>
        <translation>Bảng tính (%1)</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="202"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Đã nhập %1: thêm %2, cập nhật %3, không đổi %4 đơn vị.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="204"/>
        <source>Import units</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="208"/>
        <source>Units not in the file (kept): %1</source>
        <translation>Đơn vị không có trong tệp (vẫn giữ): %1</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/units/page.py" line="216"/>
        <source>Importing units from %1</source>
        <translation>Đang nhập danh sách đơn vị từ %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../unionplanner/ui/startup/welcome.py" line="19"/>
        <source>Welcome to UnionPlanner</source>
        <translation>Chào mừng đến với UnionPlanner</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/welcome.py" line="22"/>
        <source>UnionPlanner helps a union office draft its plans, tick off activities month by month, import the grassroots units&apos; Excel reports and print summary reports.

To begin, enter your office&apos;s details (name, parent body, place, signers), or open a demo office with about forty grassroots unions, two issued plans and two months of imported reports to look around first. The demo data can be removed in one click (Settings) before real work starts.</source>
        <translation>UnionPlanner giúp cơ quan công đoàn soạn kế hoạch, theo dõi từng hoạt động theo tháng, nhập báo cáo Excel của các CĐCS và in báo cáo tổng hợp.

Để bắt đầu, hãy nhập thông tin cơ quan (tên, cơ quan cấp trên, địa danh, người ký), hoặc mở một cơ quan mẫu với khoảng bốn mươi công đoàn cơ sở, hai kế hoạch đã ban hành và hai tháng báo cáo đã nhập để xem thử trước. Dữ liệu mẫu xóa được chỉ bằng một nút (Cài đặt) trước khi làm việc thật.</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/welcome.py" line="31"/>
        <source>Enter the office details</source>
        <translation>Nhập thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/welcome.py" line="32"/>
        <source>Try with demo data</source>
        <translation>Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../unionplanner/ui/startup/welcome.py" line="55"/>
        <source>Creating demo data</source>
        <translation>Đang tạo dữ liệu mẫu</translation>
    </message>
</context>
</TS>
