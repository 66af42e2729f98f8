package lisette

import "testing"

func TestPtrCopies(t *testing.T) {
	v := 3
	p := Ptr(v)
	v = 4
	if *p != 3 {
		t.Errorf("*Ptr(v) = %d after changing v, want the copy 3", *p)
	}
}

type node struct {
	val  int
	next *node
}

func TestDeepEqualFollowsPointers(t *testing.T) {
	a := node{1, Ptr(node{2, nil})}
	b := node{1, Ptr(node{2, nil})}
	if a == b {
		t.Fatal("test setup: distinct pointers must differ under ==")
	}
	if !DeepEqual(a, b) {
		t.Error("DeepEqual must compare the pointed-to values")
	}
	if DeepEqual(a, node{1, Ptr(node{3, nil})}) {
		t.Error("DeepEqual must see a different payload")
	}
}
