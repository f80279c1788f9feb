namespace OrgModel.Tenures;

/// <summary>
/// The canonical Roman numerals as a table-driven automaton: one table load per two letters (the first three or four
/// letters in one) and no branch on the letters, where reading the spelling digit by digit took a branch per letter test
/// (and mispredicted one in every few).
/// </summary>
/// <remarks>It accepts exactly <c>M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})</c>, in either case of each letter,
/// not empty. The states: the count of M, then for each place (hundreds, tens, ones) how far its digit has gone (one to
/// three "ones", a "five" and up to three "ones" after it, or a finished four or nine). A letter the current place cannot
/// take starts the next lower place that can.</remarks>
internal static class RomanNumeralAutomaton
{
    private const int Classes = 8;
    private const int Other = 7;
    private const int Dead = 0;
    private const int Start = 1;

    // Per place: the first state (its "no digit yet" state) and the offsets of the others within the place.
    private const int ThousandsFirst = 2;
    private const int PlacesFirst = 5;
    private const int PlaceStates = 9;
    private const int One1 = 1;
    private const int One2 = 2;
    private const int One3 = 3;
    private const int Five = 4;
    private const int Five1 = 5;
    private const int Five2 = 6;
    private const int Five3 = 7;
    private const int Finished = 8;
    private const int States = PlacesFirst + (3 * PlaceStates);

    // I, V, X, L, C, D, M by class; 0 for any other character.
    private static readonly int[] ValueOfClass = [1, 5, 10, 50, 100, 500, 1000, 0];

    // The longest canonical numeral, MMMDCCCLXXXVIII.
    private const int LongestNumeral = 15;

    private static readonly byte[] Next = CreateNext();

    private static readonly int[] LastValue = CreateLastValues();

    private static readonly int[] SingleStep = CreateSingleStep();

    private static readonly int[] PairStep = CreatePairStep();

    // The first three and the first four letters from the start in one load each, packed as the step tables are
    // (0 where the automaton dies). Most numerals in texts are short ("XIII", "XIV"): one load reads them whole, and a
    // longer one starts its chain of pair steps four letters in.
    private static readonly int[] FirstThree = CreateFirst(3);

    private static readonly int[] FirstFour = CreateFirst(4);

    /// <summary>The value of a canonical numeral (either case, nothing around it), or 0 for any other text.</summary>
    /// <remarks>Several letters per step: a step is one dependent table load, and the chain of those loads (each state
    /// waits for the last) was the whole cost of a letter-by-letter reading; the classes of a step's letters are loaded
    /// off that chain. An entry packs the next state (low byte) with the value the letters add (the rest), so the running
    /// total rides in the same register as the state: <c>total &lt;&lt; 8 | state</c>. A dead transition is the entry 0
    /// (every live one adds a letter's value), and every row of the dead state is 0, so once dead a text stays dead.</remarks>
    public static int Read(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestNumeral)
        {
            return 0;
        }

        // Unchecked and without bounds checks: every index is in range by construction (a class is below 8, a state
        // below 33, and the low byte of the packed value only ever holds a state), and the total stays below 4,000.
        unchecked
        {
            ref char at = ref MemoryMarshal.GetReference(text);
            int packed = Start;
            int i = 0;
            if (text.Length >= 4)
            {
                packed = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(FirstFour), (ClassOf(at) << 9) | (ClassOf(Unsafe.Add(ref at, 1)) << 6) | (ClassOf(Unsafe.Add(ref at, 2)) << 3) | ClassOf(Unsafe.Add(ref at, 3)));
                i = 4;
            }
            else if (text.Length == 3)
            {
                return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(FirstThree), (ClassOf(at) << 6) | (ClassOf(Unsafe.Add(ref at, 1)) << 3) | ClassOf(Unsafe.Add(ref at, 2))) >> 8;
            }

            ref int pairs = ref MemoryMarshal.GetArrayDataReference(PairStep);
            for (; i + 1 < text.Length; i += 2)
            {
                int entry = Unsafe.Add(ref pairs, ((packed & 0xFF) << 6) | (ClassOf(Unsafe.Add(ref at, i)) << 3) | ClassOf(Unsafe.Add(ref at, i + 1)));
                if (entry == 0)
                {
                    return 0;
                }

                packed = (packed & ~0xFF) + entry;
            }

            if (i < text.Length)
            {
                int entry = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(SingleStep), ((packed & 0xFF) << 3) | ClassOf(Unsafe.Add(ref at, i)));
                if (entry == 0)
                {
                    return 0;
                }

                packed = (packed & ~0xFF) + entry;
            }

            return packed >> 8;
        }
    }

    // A constant table (no load of a static field, and its length is known, so the index check goes).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClassOf(char c)
    {
        ReadOnlySpan<byte> classes = ClassOfAscii;
        return c < classes.Length ? classes[c] : Other;
    }

    // I, V, X, L, C, D, M are the classes 0 to 6 in either case; every other character is class 7.
    private static ReadOnlySpan<byte> ClassOfAscii =>
    [
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
        // @  A  B  C  D  E  F  G  H  I  J  K  L  M  N  O  P  Q  R  S  T  U  V  W  X  Y  Z
        7, 7, 7, 4, 5, 7, 7, 7, 7, 0, 7, 7, 3, 6, 7, 7, 7, 7, 7, 7, 7, 7, 1, 7, 2, 7, 7, 7, 7, 7, 7, 7,
        7, 7, 7, 4, 5, 7, 7, 7, 7, 0, 7, 7, 3, 6, 7, 7, 7, 7, 7, 7, 7, 7, 1, 7, 2, 7, 7, 7, 7, 7, 7, 7,
    ];

    // Each entry of the step tables: the next state and the value the letter adds, given the state's last letter (a
    // canonical spelling subtracts a letter exactly when a greater one follows it), or 0 where the automaton dies.
    private static int[] CreateSingleStep()
    {
        var step = new int[States * Classes];
        for (int state = Start; state < States; state++)
        {
            for (int cls = 0; cls < Other; cls++)
            {
                int to = Next[(state * Classes) + cls];
                if (to != Dead)
                {
                    int v = ValueOfClass[cls];
                    int last = LastValue[state];
                    step[(state * Classes) + cls] = ((last < v ? v - (2 * last) : v) << 8) | to;
                }
            }
        }

        return step;
    }

    private static int[] CreatePairStep()
    {
        var step = new int[States * Classes * Classes];
        for (int state = Start; state < States; state++)
        {
            for (int first = 0; first < Other; first++)
            {
                int one = SingleStep[(state * Classes) + first];
                for (int second = 0; second < Other && one != 0; second++)
                {
                    int two = SingleStep[((one & 0xFF) * Classes) + second];
                    if (two != 0)
                    {
                        step[(state * Classes * Classes) + (first * Classes) + second] = (one & ~0xFF) + two;
                    }
                }
            }
        }

        return step;
    }

    // The packed entry after the given number of letters from the start, for every choice of their classes (the first
    // letter's class in the highest bits), or 0 where the automaton dies on the way.
    private static int[] CreateFirst(int letters)
    {
        var first = new int[1 << (3 * letters)];
        for (int index = 0; index < first.Length; index++)
        {
            int packed = Start;
            for (int shift = 3 * (letters - 1); shift >= 0 && packed != 0; shift -= 3)
            {
                int entry = SingleStep[((packed & 0xFF) * Classes) + ((index >> shift) & 7)];
                packed = entry == 0 ? 0 : (packed & ~0xFF) + entry;
            }

            first[index] = packed;
        }

        return first;
    }

    // The value of the letter each state was entered by (the start: none, so nothing is subtracted after it).
    private static int[] CreateLastValues()
    {
        var last = new int[States];
        last[Start] = int.MaxValue;
        for (int state = Start; state < States; state++)
        {
            for (int cls = 0; cls < Other; cls++)
            {
                int to = Next[(state * Classes) + cls];
                if (to != Dead)
                {
                    last[to] = ValueOfClass[cls];
                }
            }
        }

        return last;
    }

    private static byte[] CreateNext()
    {
        var next = new byte[States * Classes];

        // The letters of each place below the thousands, by class: one, five, ten.
        (int One, int Five, int Ten)[] places = [(4, 5, 6), (2, 3, 4), (0, 1, 2)];
        for (int state = Start; state < States; state++)
        {
            for (int cls = 0; cls < Other; cls++)
            {
                next[(state * Classes) + cls] = (byte)Step(state, cls, places);
            }
        }

        return next;
    }

    private static int Step(int state, int cls, (int One, int Five, int Ten)[] places)
    {
        // The thousands: up to three M from the start, then the places below.
        if (state < PlacesFirst)
        {
            int ms = state == Start ? 0 : state - ThousandsFirst + 1;
            return cls == 6 && ms < 3 ? ThousandsFirst + ms : Enter(0, cls, places);
        }

        int place = (state - PlacesFirst) / PlaceStates;
        int at = (state - PlacesFirst) % PlaceStates;
        (int one, int five, int ten) = places[place];
        int within = at switch
        {
            0 when cls == one => One1,
            0 when cls == five => Five,
            One1 when cls == one => One2,
            One1 when cls == five || cls == ten => Finished,
            One2 when cls == one => One3,
            Five when cls == one => Five1,
            Five1 when cls == one => Five2,
            Five2 when cls == one => Five3,
            _ => -1,
        };
        return within >= 0 ? PlacesFirst + (place * PlaceStates) + within : Enter(place + 1, cls, places);
    }

    // The state after a letter that starts the digit of the first place from the given one that can take it, or Dead.
    private static int Enter(int place, int cls, (int One, int Five, int Ten)[] places)
    {
        for (; place < places.Length; place++)
        {
            if (cls == places[place].One)
            {
                return PlacesFirst + (place * PlaceStates) + One1;
            }

            if (cls == places[place].Five)
            {
                return PlacesFirst + (place * PlaceStates) + Five;
            }
        }

        return Dead;
    }
}
