package dev.clientportal.core.files;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.contract.FileStoreContract;

class InMemoryFileStoreContractTest extends FileStoreContract {

    @Override
    protected FileStore newFileStore() {
        return InMemoryMode.stores().fileStore();
    }
}
