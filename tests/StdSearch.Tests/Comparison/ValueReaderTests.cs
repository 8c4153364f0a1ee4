using StdSearch.Comparison;
using StdSearch.Documents;

namespace StdSearch.Tests.Comparison;

/// <summary>Which numbers of a clause are values (compared by the "数值" test) and which only locate or name something.</summary>
public class ValueReaderTests
{
    // A protocol standard with clauses 4.1 and 8.12; its own id appears in running headers.
    private static readonly ValueReader Reader = ValueReader.For(new StandardDocument
    {
        Key = "protocol",
        Id = StandardId.Parse("JT/T 808—2011"),
        Clauses =
        [
            new Clause { Kind = ClauseKind.Chapter, Number = "4", Children = [new Clause { Kind = ClauseKind.Clause, Number = "4.1" }] },
            new Clause { Kind = ClauseKind.Chapter, Number = "8", Children = [new Clause { Kind = ClauseKind.Clause, Number = "8.12" }] },
        ],
    });

    [TestCase("文本信息最长为 1024 字节", "1024")]
    [TestCase("温度不大于 2 400 ℃，误差 ±0.50 ℃", "2400,0.5")]
    [TestCase("起始字节 | 字段 | 数据类型 | 描述及要求\n0 | 标志 | byte | 最长 1024 字节\n1 | 文本信息 | string", "1024")]
    [TestCase("位 | 标志 | 位 | 标志\n0 | 1：紧急 | 3 | 1：播读\n5～7 | 保留", "1,1")]
    [TestCase("数据格式见表 63。\n表 63 电子运单上报消息体数据格式", "")]
    [TestCase("从机上电指示见表 a. 4，计算公式见式(1)", "")]
    [TestCase("位置信息汇报见 8.12", "")]
    [TestCase("消息 id：0x0200，命令 01h，ox7e 转义", "")]
    [TestCase("图 1 消息结构体jt/t 808-2011 4.1 消息结构", "")]
    [TestCase("it/t 808-201 1", "")]
    [TestCase("系数为 4.1 倍", "4.1")]
    [TestCase("see 8.12; table 2 gives at most 5 mm", "5")]
    public void Values_are_numbers_that_can_carry_a_requirement(string folded, string expected)
    {
        Assert.That(string.Join(",", Reader.Values(folded)), Is.EqualTo(expected));
    }

    [Test]
    public void Hexadecimal_identifiers_are_read_apart_and_normalised()
    {
        Assert.That(ValueReader.Identifiers("消息 id：0x 8105，ox7e，命令 01h"), Is.EqualTo(new[] { "0x8105", "0x7E", "0x01" }));
    }
}
