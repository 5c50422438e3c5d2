using System.Runtime.CompilerServices;

namespace MentoringProgram.Bench.Matching;

/// <summary>
/// Reads whitespace-separated integers straight from a buffered byte stream. A pool file holds two million
/// numbers; reading it as lines or strings would allocate far more than the scores themselves take.
/// </summary>
internal sealed class NumberStream(Stream stream) : IDisposable
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _length;
    private int _position;

    public void SkipCommentLines()
    {
        while (Peek() == '#')
        {
            int next;
            do
            {
                next = Read();
            }
            while (next != '\n' && next != -1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int NextInt()
    {
        var next = Read();
        while (next is ' ' or '\n' or '\r' or '\t')
        {
            next = Read();
        }
        var negative = next == '-';
        if (negative)
        {
            next = Read();
        }
        if (next is < '0' or > '9')
        {
            throw new FormatException(next == -1 ? "The pool file ends too soon." : $"Unexpected character '{(char)next}' in the pool file.");
        }
        var value = 0;
        while (next is >= '0' and <= '9')
        {
            value = checked(value * 10 + (next - '0'));
            next = Read();
        }
        return negative ? -value : value;
    }

    public void Dispose() => stream.Dispose();

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Read()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position++];
    }

    private bool Fill()
    {
        _length = stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
