package lisette

import (
	"fmt"
	"testing"
)

func TestRangeFieldsAndString(t *testing.T) {
	r := Range[int]{Start: 1, End: 5}
	ri := RangeInclusive[int]{Start: 1, End: 5}
	rf := RangeFrom[int]{Start: 2}
	rt := RangeTo[int]{End: 3}
	rti := RangeToInclusive[int]{End: 3}
	if r.Start != 1 || r.End != 5 || ri.Start != 1 || ri.End != 5 || rf.Start != 2 || rt.End != 3 || rti.End != 3 {
		t.Fatal("fields not set")
	}
	tests := []struct {
		v    fmt.Stringer
		want string
	}{
		{r, "1..5"},
		{ri, "1..=5"},
		{rf, "2.."},
		{rt, "..3"},
		{rti, "..=3"},
		{Range[float64]{Start: 0.5, End: -1}, "0.5..-1"},
		{RangeInclusive[rune]{Start: 'a', End: 'z'}, "97..=122"},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

// TestRangeLoweringShape checks the counted loop emitted for a stored range.
func TestRangeLoweringShape(t *testing.T) {
	r := Range[int]{Start: 2, End: 5}
	sum := 0
	for i := r.Start; i < r.End; i++ {
		sum += i
	}
	ri := RangeInclusive[int]{Start: 2, End: 5}
	for i := ri.Start; i <= ri.End; i++ {
		sum += i
	}
	if sum != 9+14 {
		t.Errorf("sum = %d", sum)
	}
}
