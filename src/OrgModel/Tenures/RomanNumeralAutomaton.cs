namespace OrgModel.Tenures;

/// <summary>
/// The canonical Roman numerals as a table-driven automaton: one table load per letter and no branch on the letter, where
/// reading the spelling digit by digit took a branch per letter test (and mispredicted one in every few).
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

    private static readonly byte[] ClassOfAscii = CreateClasses();

    private static readonly byte[] Next = CreateNext();

    /// <summary>The value of a canonical numeral (either case, nothing around it), or 0 for any other text.</summary>
    public static int Read(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<byte> next = Next;
        ReadOnlySpan<byte> classes = ClassOfAscii;
        ReadOnlySpan<int> values = ValueOfClass;
        int state = Start;
        int total = 0;
        int previous = int.MaxValue;
        foreach (char c in text)
        {
            int cls = c < classes.Length ? classes[c] : Other;
            state = next[(state * Classes) + cls];
            if (state == Dead)
            {
                return 0;
            }

            // A canonical spelling subtracts a letter exactly when a greater one follows it.
            int v = values[cls];
            total += previous < v ? v - (2 * previous) : v;
            previous = v;
        }

        return state == Start ? 0 : total;
    }

    private static byte[] CreateClasses()
    {
        var classes = new byte[128];
        classes.AsSpan().Fill(Other);
        const string letters = "IVXLCDM";
        for (int k = 0; k < letters.Length; k++)
        {
            classes[letters[k]] = (byte)k;
            classes[char.ToLowerInvariant(letters[k])] = (byte)k;
        }

        return classes;
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
