package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TreeTag int

const (
	TreeLeaf TreeTag = iota
	TreeNode
)

type Tree[T any] struct {
	Tag   TreeTag
	Leaf  T
	Node0 *Tree[T]
	Node1 *Tree[T]
}

func (v Tree[T]) String() string {
	switch v.Tag {
	case TreeLeaf:
		return "Tree.Leaf(" + lisette.FormatValue(v.Leaf) + ")"
	}
	return "Tree.Node(" + lisette.FormatValue(*v.Node0) + ", " + lisette.FormatValue(*v.Node1) + ")"
}

func (v Tree[T]) MarshalJSON() ([]byte, error) {
	switch v.Tag {
	case TreeLeaf:
		return lisette.MarshalTupleVariant("Leaf", v.Leaf)
	}
	return lisette.MarshalTupleVariant("Node", v.Node0, v.Node1)
}

func (v *Tree[T]) UnmarshalJSON(data []byte) error {
	name, payload, err := lisette.UnmarshalVariant(data)
	if err != nil {
		return err
	}
	switch name {
	case "Leaf":
		var p0 T
		err = lisette.UnmarshalTuplePayload("Leaf", payload, &p0)
		if err != nil {
			return err
		}
		*v = Tree[T]{Tag: TreeLeaf, Leaf: p0}
		return nil
	case "Node":
		var p0 *Tree[T]
		var p1 *Tree[T]
		err = lisette.UnmarshalTuplePayload("Node", payload, &p0, &p1)
		if err != nil {
			return err
		}
		*v = Tree[T]{Tag: TreeNode, Node0: p0, Node1: p1}
		return nil
	}
	return lisette.UnknownVariant("Tree", name)
}

func sum(t Tree[int]) int {
	if t.Tag == TreeLeaf {
		n := t.Leaf
		return n
	}
	l := *t.Node0
	r := *t.Node1
	return sum(l) + sum(r)
}

func main() {
	t := Tree[int]{Tag: TreeNode, Node0: &Tree[int]{Tag: TreeLeaf, Leaf: 1}, Node1: &Tree[int]{Tag: TreeNode, Node0: &Tree[int]{Tag: TreeLeaf, Leaf: 2}, Node1: &Tree[int]{Tag: TreeLeaf, Leaf: 3}}}
	fmt.Println(sum(t))
}
