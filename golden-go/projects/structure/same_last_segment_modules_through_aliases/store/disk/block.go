package disk

import lisette "lisette.dev/prelude"

type Block struct {
	Id int
}

func (v Block) String() string {
	return "Block { id: " + lisette.FormatValue(v.Id) + " }"
}

func Origin() Block {
	return Block{Id: 0}
}
