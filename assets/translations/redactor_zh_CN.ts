<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../redactor/gui/about.py" line="+35"/>
        <source>Finds personal data on photos of parcel labels and receipts and masks it for good.</source>
        <translation>在快递面单和小票照片上找出个人信息，并将其彻底遮盖。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing leaves this computer: Redactor never uses the network.</source>
        <translation>所有数据都留在本机：Redactor 从不联网。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redactor is free software under the MIT licence.</source>
        <translation>Redactor 是以 MIT 许可证发布的自由软件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is built with:</source>
        <translation>使用了以下组件：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Redactor</source>
        <translation>关于 Redactor</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>How to use Redactor</source>
        <translation>Redactor 使用说明</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../redactor/gui/app.py" line="+32"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redactor hit an unexpected problem. Your original images are safe. You can keep working; if it happens again, please report it with the details below.</source>
        <translation>Redactor 遇到了意外问题。你的原始图片是安全的，可以继续使用；如果再次出现，请附上下面的详细信息报告问题。</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../redactor/gui/region_item.py" line="+75"/>
        <source>partly masked (privacy waybill): the filled part is hidden</source>
        <translation>部分遮挡（隐私面单）：填充的部分会被隐藏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>will be masked</source>
        <translation>将被遮盖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept visible (not masked)</source>
        <translation>保留可见（不遮盖）</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/canvas.py" line="+208"/>
        <location line="+149"/>
        <source>Masked preview — this is what will be saved</source>
        <extracomment>Called when the preview needs the masked image (set by the window).</extracomment>
        <translation>遮盖预览——保存后就是这样</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../redactor/gui/style.py" line="+38"/>
        <source>Name</source>
        <extracomment>Display order in the panel and the legend.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door / room number</source>
        <translation>门牌/房间号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waybill / order number</source>
        <translation>运单号/订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode / QR code</source>
        <translation>条形码/二维码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face photo</source>
        <translation>人脸照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom words</source>
        <translation>自定义词语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn by hand</source>
        <translation>手动画框</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../redactor/gui/settings_dialog.py" line="+62"/>
        <location line="+4"/>
        <source>Colour of the solid fill</source>
        <translation>纯色填充的颜色</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mask colour</source>
        <translation>遮盖颜色</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../redactor/gui/dialogs.py" line="+60"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+36"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quit Redactor?</source>
        <translation>退出 Redactor？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some images have changes or results that are not saved (images: %1).</source>
        <translation>有图片的修改或结果尚未保存（共 %1 张）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save all and quit</source>
        <translation>全部保存并退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit without saving</source>
        <translation>不保存，直接退出</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../redactor/gui/drop_zone.py" line="+77"/>
        <source>Drop photos of parcel labels or receipts here</source>
        <translation>把快递面单或小票的照片拖到这里</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redactor finds names, phone numbers, addresses, ID and card numbers, waybill numbers and barcodes, and covers them before you share the picture.</source>
        <translation>Redactor 会找出姓名、电话、地址、身份证号、银行卡号、运单号和条码，在你分享图片之前把它们遮盖住。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open files…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one or more images (Ctrl+O)</source>
        <translation>选择一张或多张图片（Ctrl+O）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open every image in a folder and its subfolders</source>
        <translation>打开文件夹及其子文件夹中的所有图片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or paste an image with Ctrl+V · %1 · nothing leaves this computer</source>
        <translation>也可以用 Ctrl+V 粘贴图片 · 支持 %1 · 数据不会离开本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../../redactor/gui/edit_commands.py" line="+35"/>
        <source>Draw box</source>
        <translation>画框</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+102"/>
        <source>Delete box</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Move or resize box</source>
        <translation>移动或调整框</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mask item</source>
        <translation>遮盖此项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep item (do not mask)</source>
        <translation>保留此项（不遮盖）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../redactor/gui/error_words.py" line="+29"/>
        <source>the file was not found</source>
        <translation>找不到该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a folder, not an image</source>
        <translation>这是一个文件夹，不是图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are not allowed to read this file</source>
        <translation>没有读取该文件的权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an image file, or a format Redactor cannot read</source>
        <translation>不是图片文件，或是 Redactor 无法读取的格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image is damaged or incomplete</source>
        <translation>图片已损坏或不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file contains no image</source>
        <translation>文件中没有图片</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 pages is more than the limit of %2; split the file</source>
        <translation>共 %1 页，超过上限 %2 页；请拆分文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file changed or was deleted while being read; try again</source>
        <translation>读取过程中文件被修改或删除；请重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image is too large; reduce its size and try again</source>
        <translation>图片太大，请缩小尺寸后重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image is too narrow to be a label or receipt; crop or pad it</source>
        <translation>图片太窄，不像面单或小票，请裁剪或补边后重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text recognition engine is not available</source>
        <translation>文字识别引擎不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text recognition failed on this image</source>
        <translation>这张图片的文字识别失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be read as an image</source>
        <translation>无法将该文件作为图片读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be written</source>
        <translation>无法写入该文件</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../redactor/gui/explain.py" line="+57"/>
        <source>covers writing Redactor could not read</source>
        <translation>遮住了 Redactor 无法识别的字迹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of your words</source>
        <translation>您添加的词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read in the text</source>
        <translation>在文字中识别到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still readable after masking</source>
        <translation>遮挡后仍可辨认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>barcode or QR code in the picture</source>
        <translation>图中的条形码或二维码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>face in the picture</source>
        <translation>图片中的人脸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn by you</source>
        <translation>您手动画的</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No text could be read here. If the page shows personal data, draw boxes over it.</source>
        <translation>这里没有识别出任何文字。如果页面上有个人信息，请手动画框遮挡。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines next to a name, phone or address label were hard to read and are not masked (%1). Check they hold nothing personal.</source>
        <translation>姓名、电话或地址标签旁有几行难以识别且未遮挡（%1）。请确认其中没有个人信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some text is very small, so personal data in it may be missed (%1 lines). Zoom in and check them.</source>
        <translation>部分文字很小，其中的个人信息可能被漏掉（%1 行）。请放大检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some text is blurred, so personal data in it may be missed (%1 lines). Check them.</source>
        <translation>部分文字模糊，其中的个人信息可能被漏掉（%1 行）。请检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some boxes cover writing Redactor could not read, and it may go on past them (%1). Check it is all covered.</source>
        <translation>有些遮挡框盖住了 Redactor 无法识别的字迹，字迹可能延伸到框外（%1）。请检查是否全部遮住。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some text is too blurred or too small to read, so it was masked unread (%1 areas). Check the masks hide no more, and no less, than they should.</source>
        <translation>部分文字太模糊或太小，无法识别，已整块遮住（%1 处）。请检查遮挡既没有多遮，也没有漏遮。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After masking, something still looked like personal data (%1). It is masked now; check it.</source>
        <translation>遮挡后仍有内容看起来像个人信息（%1 处）。现已遮挡，请检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked again after masking (turned off in Settings).</source>
        <translation>遮挡后未再次检查（已在设置中关闭）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some text is very small, so personal data in it may be missed (1 line). Zoom in and check it.</source>
        <translation>部分文字很小，其中的个人信息可能被漏掉（1 行）。请放大检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some text is blurred, so personal data in it may be missed (1 line). Check it.</source>
        <translation>部分文字模糊，其中的个人信息可能被漏掉（1 行）。请检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some text is too blurred or too small to read, so it was masked unread (1 area). Check the mask hides no more, and no less, than it should.</source>
        <translation>部分文字太模糊或太小，无法识别，已整块遮住（1 处）。请检查遮挡既没有多遮，也没有漏遮。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“%1” · hard to read</source>
        <translation>“%1” · 难以识别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the text… %1%</source>
        <translation>正在识别文字… %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding personal data… %1%</source>
        <translation>正在查找个人信息… %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the masked image… %1%</source>
        <translation>正在检查遮挡后的图片… %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing… %1%</source>
        <translation>即将完成… %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(page %1 of %2)</source>
        <translation>（第 %1 页，共 %2 页）</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <location filename="../../redactor/gui/file_list.py" line="+46"/>
        <source>%1/%2 pages</source>
        <translation>%1/%2 页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 pages</source>
        <translation>共 %2 页</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Needs review</source>
        <translation>需要检查</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+21"/>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysing…</source>
        <translation>分析中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting pages…</source>
        <translation>正在统计页数…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redactor is not sure everything was found. Check the image before saving.</source>
        <translation>Redactor 不确定是否已全部找出。保存前请检查图片。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A second check after masking found nothing left.</source>
        <translation>遮盖后的复查没有发现残留信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The masks are shown; Redactor is reading the masked image again.</source>
        <translation>遮盖已显示；Redactor 正在重新识别遮盖后的图片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %1: 1 area masked · %3</source>
        <translation>第 %1 页：遮盖 1 处 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1: %2 areas masked · %3</source>
        <translation>第 %1 页：遮盖 %2 处 · %3</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../redactor/gui/findings_panel.py" line="+113"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Score</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncheck an item to leave it visible in the saved image</source>
        <translation>取消勾选的项目在保存的图片中保持可见</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Show this area</source>
        <translation>显示此区域</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for its turn: the findings appear here.</source>
        <translation>正在排队：找到的内容将显示在这里。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysing this image: the findings appear here.</source>
        <translation>正在分析这张图片：找到的内容将显示在这里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This image could not be analysed.</source>
        <translation>无法分析这张图片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis cancelled. Analyse again (F5) to see the findings.</source>
        <translation>分析已取消。重新分析（F5）即可查看找到的内容。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Switch masking of all %1 items</source>
        <translation>切换所有“%1”项目的遮盖</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not masked: stays visible in the saved image</source>
        <translation>不遮盖：在保存的图片中保持可见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly masked</source>
        <translation>部分遮挡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly masked (privacy waybill): the rest stays readable</source>
        <translation>部分遮挡（隐私面单）：其余部分保持可读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masked in the saved image</source>
        <translation>在保存的图片中被遮盖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an image to see what Redactor found.</source>
        <translation>打开一张图片，查看 Redactor 找到的信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found. Draw a box (B) over anything you want hidden.</source>
        <translation>没有找到。可以在想隐藏的内容上画框（B）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of 1 area will be masked.</source>
        <translation>1 处区域中将遮盖 %1 处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 areas will be masked.</source>
        <translation>%2 处区域中将遮盖 %1 处。</translation>
    </message>
</context>
<context>
    <name>HiddenCategoriesChip</name>
    <message>
        <location filename="../../redactor/gui/category_filter.py" line="+66"/>
        <source>Not masked: %1</source>
        <translation>未遮盖：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switched off in Settings (kept for next time); found, but left visible.</source>
        <translation>已在设置中关闭（下次仍保留）；已找到，但保持可见。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask all</source>
        <translation>全部遮盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch every category back on</source>
        <translation>重新打开所有类别</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../redactor/gui/save_flow.py" line="+108"/>
        <location filename="../../redactor/gui/toolbars.py" line="+170"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/actions.py" line="+176"/>
        <location filename="../../redactor/gui/toolbars.py" line="+1"/>
        <source>Stop analysing the images still waiting</source>
        <translation>停止分析尚在等待的图片</translation>
    </message>
    <message>
        <location line="-57"/>
        <location filename="../../redactor/gui/intake.py" line="+43"/>
        <source>Open images</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open every image in a folder</source>
        <translation>打开文件夹中的所有图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste image</source>
        <translation>粘贴图片(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the image on the clipboard</source>
        <translation>添加剪贴板中的图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the masked image</source>
        <translation>保存遮盖后的图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the masked image as…</source>
        <translation>将遮盖后的图片另存为…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a&amp;ll</source>
        <translation>全部保存(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every analysed image</source>
        <translation>保存所有已分析的图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy masked image</source>
        <translation>复制遮盖后的图片(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the masked image to the clipboard</source>
        <translation>将遮盖后的图片复制到剪贴板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close image</source>
        <translation>关闭图片(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the image from the list</source>
        <translation>从列表中移除这张图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Draw box</source>
        <translation>画框(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a box over anything else to hide</source>
        <translation>在其他需要隐藏的内容上画框</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete box</source>
        <translation>删除框(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected boxes</source>
        <translation>删除选中的框</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analyse &amp;again</source>
        <translation>重新分析(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the detection again on this image</source>
        <translation>对这张图片重新识别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel analysis</source>
        <translation>取消分析</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview masked</source>
        <translation>预览遮盖效果(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the image as it will be saved (or hold Space)</source>
        <translation>显示保存后的样子（或按住空格键）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (100%)</source>
        <translation>实际大小（100%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next image</source>
        <translation>下一张(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next image</source>
        <translation>下一张图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious image</source>
        <translation>上一张(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous image</source>
        <translation>上一张图片</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;How to use Redactor</source>
        <translation>使用说明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps and keyboard shortcuts</source>
        <translation>使用步骤和快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Redactor</source>
        <translation>关于 Redactor(&amp;A)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Next pa&amp;ge</source>
        <translation>下一页(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous pag&amp;e</source>
        <translation>上一页(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only images that need &amp;review</source>
        <translation>只显示需要检查的图片(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the images Redactor was not sure about</source>
        <translation>只列出 Redactor 没有把握的图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page to re&amp;view</source>
        <translation>下一个需要检查的页面(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next page that needs review</source>
        <translation>转到下一个需要检查的页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>下一个 ›</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous page to revie&amp;w</source>
        <translation>上一个需要检查的页面(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous page that needs review</source>
        <translation>转到上一个需要检查的页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Previous</source>
        <translation>‹ 上一个</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/intake.py" line="+2"/>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some files were not found</source>
        <translation>有些文件未找到</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No images</source>
        <translation>没有图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No images that Redactor can open were found there.</source>
        <translation>那里没有 Redactor 能打开的图片。</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/counting.py" line="+145"/>
        <source>Left out, not analysed: %1</source>
        <extracomment>Seconds one page takes to analyse and check, roughly (a median label or receipt page on an ordinary laptop); only for the estimate shown in that question. Long documents named one by one in the question; the rest are counted.</extracomment>
        <translation>未分析，已略过：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Analyse a long document?</source>
        <translation>要分析这份很长的文档吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2 pages; analysing them takes about %3 min (an estimate).</source>
        <translation>%1 共 %2 页；分析全部页面大约需要 %3 分钟（估计值）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 documents have more than %2 pages; analysing them all takes about %3 min (an estimate).</source>
        <translation>%1 份文档超过 %2 页；全部分析大约需要 %3 分钟（估计值）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Analyse long documents?</source>
        <translation>要分析这些很长的文档吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analyse all</source>
        <translation>全部分析</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip them</source>
        <translation>全部略过</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick the documents to analyse:</source>
        <translation>勾选要分析的文档：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyse chosen</source>
        <translation>分析所选</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2 pages, about %3 min</source>
        <translation>%1 — %2 页，约 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/intake.py" line="+41"/>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板里没有图片。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Pasted image %1</source>
        <translation>粘贴的图片 %1</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/analysis.py" line="+145"/>
        <source>Text recognition is not available</source>
        <translation>文字识别不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text recognition engine could not be started. If you chose Tesseract in the settings, install Tesseract OCR with the Chinese language data, or switch back to the built-in RapidOCR engine.</source>
        <translation>无法启动文字识别引擎。如果你在设置中选择了 Tesseract，请安装 Tesseract OCR 及中文语言包，或改回内置的 RapidOCR 引擎。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../redactor/gui/counting.py" line="-44"/>
        <source>… and %1 more</source>
        <translation>……另外还有 %1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some images could not be processed</source>
        <translation>部分图片无法处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redactor could not read or analyse these images. They were not changed:</source>
        <translation>Redactor 无法读取或分析以下图片，它们没有被改动：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2 images</source>
        <translation>%1 / %2 张图片</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/file_list.py" line="+126"/>
        <source>Could not process this image:
%1</source>
        <translation>无法处理这张图片：
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to be analysed…</source>
        <translation>等待分析…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis cancelled. Press F5 to analyse this image again.</source>
        <translation>分析已取消。按 F5 可重新分析这张图片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the image…</source>
        <translation>正在打开图片…</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/review_nav.py" line="+70"/>
        <source>No page needs review.</source>
        <translation>没有需要检查的页面。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page to review %1 of %2</source>
        <translation>需要检查的页面：第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every image that needed review is done.</source>
        <translation>所有需要检查的图片都已处理完。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs review only (%1)</source>
        <translation>只看需要检查的（%1）</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/editing.py" line="+120"/>
        <source>Drag over the image to draw a box. Press Esc or B to stop.</source>
        <translation>在图片上拖动即可画框。按 Esc 或 B 结束。</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/main_window.py" line="+351"/>
        <source>Masking failed</source>
        <translation>遮盖失败</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/save_flow.py" line="+32"/>
        <source>Check before saving</source>
        <translation>保存前请检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redactor is not sure it found everything on “%1”. Look over the preview (hold Space) and draw boxes over anything still visible. Save anyway?</source>
        <translation>Redactor 不确定已找出“%1”上的全部个人信息。请查看预览（按住空格键），在仍然可见的内容上画框。仍要保存吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back</source>
        <translation>返回检查</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Save masked image</source>
        <translation>保存遮盖后的图片</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was not saved: its check did not finish.</source>
        <translation>“%1”未保存：检查未完成。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saving all once the checks are done…</source>
        <translation>检查完成后将全部保存…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Check before copying</source>
        <translation>复制前请检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redactor is not sure it found everything on “%1”. Look over the preview (hold Space) and draw boxes over anything still visible. Copy anyway?</source>
        <translation>Redactor 不确定是否已找出“%1”上的全部个人信息。请查看预览（按住空格键），并在仍可看到的内容上画框。仍要复制吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy anyway</source>
        <translation>仍然复制</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No file manager could be opened. The file is here:
%1</source>
        <translation>无法打开文件管理器。文件位于：
%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的图片。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some images need review</source>
        <translation>部分图片需要检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 images may still show personal data Redactor was not sure about.</source>
        <translation>%2 张图片中有 %1 张可能仍显示 Redactor 不确定的个人信息。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>Save all</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Save only verified images</source>
        <translation>只保存已核验的图片</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved “%1” in %2</source>
        <translation>已将“%1”保存到 %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save all: %1 written in %2</source>
        <translation>全部保存：已写入 %1 个文件，位于 %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The masked image of “%1” is on the clipboard: paste it where you share it.</source>
        <translation>“%1”的遮盖后图片已复制到剪贴板，可粘贴到要分享的地方。</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>“%1” will be saved once its check is done…</source>
        <extracomment>opens the file manager on a saved file&apos;s folder (replaced in tests)</extracomment>
        <translation>检查完成后将保存“%1”…</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not saved.</source>
        <translation>“%1”没有保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped (need review, or pasted without an output folder: use Save as…):</source>
        <translation>已跳过（需要检查，或是未设置输出文件夹的粘贴图片：请用“另存为…”）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+162"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not write the audit log</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The image is still being checked; try again.</source>
        <translation>图片仍在检查中，请稍后再试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image is still opening; try again.</source>
        <translation>图片还在打开，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/mask_controls.py" line="+58"/>
        <source>Privacy waybill: part of each name, phone number and address stays readable.</source>
        <translation>隐私面单：姓名、电话号码和地址各保留一部分可读。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names, phone numbers and addresses are masked whole.</source>
        <translation>姓名、电话号码和地址全部遮挡。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every category is masked again.</source>
        <translation>所有类别都已重新遮盖。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Settings changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse the open images again with the new settings?</source>
        <translation>用新设置重新分析已打开的图片吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse again</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/ui_state.py" line="+53"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 area will be masked. Hold Space to preview.</source>
        <translation>将遮盖 1 处区域。按住空格键预览。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 areas will be masked. Hold Space to preview.</source>
        <translation>将遮盖 %1 处区域。按住空格键预览。</translation>
    </message>
    <message>
        <location filename="../../redactor/gui/toolbars.py" line="-27"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>发现的信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page of a multi-page file</source>
        <translation>多页文件的页码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask:</source>
        <translation>遮盖方式：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opaque boxes: nothing under them can be recovered.</source>
        <translation>不透明色块：下面的内容无法恢复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How found areas are covered</source>
        <translation>找到的区域如何被遮盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy waybill</source>
        <translation>隐私面单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the label usable: show part of the name, phone number and address, like a privacy waybill</source>
        <translation>保持面单可用：像隐私面单一样保留部分姓名、电话和地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weaker than a solid fill</source>
        <translation>不如纯色填充安全</translation>
    </message>
</context>
<context>
    <name>MaskStyle</name>
    <message>
        <location filename="../../redactor/gui/settings_dialog.py" line="-43"/>
        <source>Solid fill (safest)</source>
        <translation>纯色填充（最安全）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixelate (weaker)</source>
        <translation>马赛克（较弱）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur (weaker)</source>
        <translation>模糊（较弱）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pixelated or blurred text can sometimes be reconstructed. Use a solid fill for anything sensitive.</source>
        <translation>马赛克或模糊的文字有时可以被还原。敏感内容请使用纯色填充。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../redactor/gui/notice_bar.py" line="+58"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder in the file manager</source>
        <translation>在文件管理器中打开该文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../redactor/gui/i18n.py" line="+20"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../redactor/gui/settings_dialog.py" line="+46"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next to the original</source>
        <translation>与原图放在一起</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No audit log</source>
        <translation>不写审计日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each save adds a CSV and JSON log here: paths, counts, checksums, never the text</source>
        <translation>每次保存都会在这里添加 CSV 和 JSON 日志：路径、数量、校验和，绝不包含识别出的文字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log folder</source>
        <translation>审计日志文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log:</source>
        <translation>审计日志：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Masking</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mask style:</source>
        <translation>遮盖方式：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill colour:</source>
        <translation>填充颜色：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to look for</source>
        <translation>查找哪些信息</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Privacy waybill style (keep part of name, phone and address)</source>
        <translation>隐私面单样式（保留部分姓名、电话和地址）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Masks like a privacy waybill (GB/T 41833-2022) so the label stays usable for delivery</source>
        <translation>按隐私面单（GB/T 41833-2022）的方式遮盖，面单仍可用于派送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the masked image again (slower, safer)</source>
        <translation>遮盖后再检查一遍（较慢，更安全）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra words to hide, one per line:</source>
        <translation>其他需要隐藏的词语，每行一个：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engine and language</source>
        <translation>识别引擎与语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RapidOCR (built in, recommended)</source>
        <translation>RapidOCR（内置，推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract (must be installed separately)</source>
        <translation>Tesseract（需另行安装）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text recognition:</source>
        <translation>文字识别：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../redactor/gui/workers.py" line="+76"/>
        <source>%1: the file changed on disk after it was analysed; analyse it again (F5)</source>
        <translation>%1：分析之后文件在磁盘上被改动了，请重新分析（F5）</translation>
    </message>
</context>
</TS>
