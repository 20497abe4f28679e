import { beforeAll } from 'vitest';
import { loadStaffMessages } from './index';

// Unit tests read the staff words as the staff pages do once their route guard has loaded them.
beforeAll(loadStaffMessages);
