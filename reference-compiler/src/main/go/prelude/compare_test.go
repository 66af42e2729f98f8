package lisette

import "testing"

func TestCompareBools(t *testing.T) {
	cases := []struct {
		a, b bool
		want int
	}{
		{false, false, 0},
		{true, true, 0},
		{false, true, -1},
		{true, false, 1},
	}
	for _, c := range cases {
		if got := CompareBools(c.a, c.b); got != c.want {
			t.Errorf("CompareBools(%v, %v) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
