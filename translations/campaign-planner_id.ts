<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CandidateValidator</name>
    <message>
        <source>%1 (channel %2)</source>
        <extracomment>A field of the n-th channel of a candidate, e.g. &quot;Followers (channel 2)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a three-letter ISO code such as VND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one channel is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be created: the folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Planner database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy could not be saved as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Planner database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Campaign Planner database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Campaign Planner (schema %2; this version reads up to %3). Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Content creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL</source>
        <extracomment>Key opinion leader</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOC</source>
        <extracomment>Key opinion consumer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOLs</source>
        <extracomment>Key opinion leaders</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOCs</source>
        <extracomment>Key opinion consumers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nano</source>
        <extracomment>Follower tier: up to 10,000 followers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro</source>
        <extracomment>Follower tier: 10,000 to 100,000 followers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro</source>
        <extracomment>Follower tier: 100,000 to 1,000,000 followers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mega</source>
        <extracomment>Follower tier: over 1,000,000 followers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <extracomment>The social network formerly called Twitter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Newspapers and magazines</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalFormat</name>
    <message>
        <source>rial</source>
        <extracomment>Symbol of the Iranian rial after an amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Campaign Planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CandidateCommand</name>
    <message>
        <source>add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CandidateEditorDialog</name>
    <message>
        <source>Add candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as the marketer knows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or province codes, e.g. VN, ID-JK, IR-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content creators make content for its own sake; influencers build an audience and promote; KOLs are recognised experts; KOCs are ordinary customers with a small, trusting following.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CandidateFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All niches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or handle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only candidates whose name or handle contains this text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content creator, influencer, KOL or KOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower tier: nano, micro, macro or mega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region; a country also includes its provinces and cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CandidatePanel</name>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates in this file: %1 · Channels shown: %2</source>
        <extracomment>Status bar: how many candidates the open file holds, how many channel rows match the filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CandidateStore</name>
    <message>
        <source>The candidate could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CandidateTableModel</name>
    <message>
        <source>%1 — %2
%3: %4 followers (%5)</source>
        <extracomment>Tooltip of a candidate row: %1 name, %2 kind, %3 platform, %4 followers, %5 tier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier by followers on this channel; the thresholds are kept in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of real followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ChannelTableEditor</name>
    <message>
        <source>%1 (channel %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers or audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticity (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For TV, radio and print: the audience of one appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of real followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Error</name>
    <message>
        <source>%1: %2</source>
        <extracomment>How an error names the field it is about: %1 the field, %2 the reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>Campaign Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Campaign Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; keep it recognisable in every language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Campaign Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an empty campaign database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a campaign database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a copy of this database under a new name and continues in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a content creator, influencer, KOL or KOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits the selected candidate and their channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected candidate and all their channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Campaign Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 says what would be undone, e.g. &quot;delete “Nguyễn Thu Hà”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu; %1 says what would be redone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Campaign Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Campaign Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Campaign Database As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Campaign Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Campaign Planner&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare content creators, influencers, KOLs and KOCs for a campaign: reach, engagement and cost.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
